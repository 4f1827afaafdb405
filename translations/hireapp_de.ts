<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AmendDialog</name>
    <message>
        <source>Amend first impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The impression was locked when the questions began. An amendment keeps the original values and your reason in the audit trail.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likeability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the amendment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required: why does it change?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>hireapp cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CandidateDialog</name>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name@example.org (identifies the candidate)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optional</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the candidate&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an email: it identifies the candidate across machines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or type the position applied for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonTable</name>
    <message>
        <source>%1 your own interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interview with both a first impression and scored answers yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged at %1 points (one level) or more: check whether liking, rather than the answers, is carrying this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged at %1 points (one level) or more: check whether a weak first moment is holding back a candidate whose answers are good.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active: still being considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: the candidate withdrew their application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed: at least one interview was submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress: an interview was started but none is submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting: no interview was started yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads “%1 your own interview” for a candidate you are still interviewing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interview yet: figures appear once an interview is submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &lt;%2&gt;, %3.
Double-click or press Enter to interview this candidate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applied for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression: %1 of 100 (about level %2 of 5), the mean over the submitted interviews that recorded one. Level 1 is 0, level 5 is 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured score: %1 of 100 (about level %2 of 5), the mean over the submitted interviews with scored answers. Each is the weighted mean of the anchored answers; 25 points is one level.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations (%1): none yet. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement needs two or more submitted interviews: the largest gap between two interviewers&apos; structured scores.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interviewers&apos; structured scores lie %1 points (%2 levels) apart: the highest minus the lowest among the submitted interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points, halo flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no figure yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s name, in the order of your language; double-click a row or press Enter to interview the candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidate&apos;s email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The position applied for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active, hired, rejected or withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewed (an interview submitted), in progress (a draft only) or waiting (no interview yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft. Drafts count in no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score 0-100, the mean over submitted interviews; it weighs the first impression and the structured answers as the rubric says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30-second likeability, 0-100 (level 1 is 0, level 5 is 100), the mean over submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean of the anchored answers, 0-100 (25 points a level), the mean over submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression minus structured score, in points; ⚠ when a whole level (25 points) or more apart. Sorts by the size of the gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many submitted interviews recommended %1: 0 / 1 / 2 / 0 is one no and two yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap between two interviewers&apos; structured scores, in points; 25 points is one level. Needs two submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: mostly yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: mostly no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: a strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: a strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommended: none yet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComparisonView</name>
    <message>
        <source>Loading candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search name or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall ≥ </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only candidates whose overall score is at least this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only candidates whose first impression and structured score are a level or more apart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare %1 to %2 selected candidates question by question (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo, interviewer calibration and agreement, explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows shown, in the order shown, as a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear search and filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only candidates whose name or email contains the words typed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only candidates with this status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lowest overall score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shows only candidates whose interviewers recommended them this way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per candidate with their scores; Enter interviews the candidate of the current row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why no candidate is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;The candidates could not be loaded.&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;Check the database connection, then press Refresh (F5).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something unexpected went wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates for this position yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No candidates yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an interview with &lt;b&gt;New interview&lt;/b&gt; (Ctrl+N), add a candidate with &lt;b&gt;New candidate&lt;/b&gt; (Ctrl+Shift+N) or import them from CSV; their scores appear here once an interview is submitted. To try it with realistic data, run &lt;code&gt;hireapp demo&lt;/code&gt; in a terminal (from a source checkout: &lt;code&gt;make demo&lt;/code&gt;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of %Ln candidate(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;No candidate matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Loosen a filter, or clear them all.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select %1 to %2 candidates to compare (Ctrl+click or Shift+click rows).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot export the table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported %Ln candidate(s) to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not updated: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %Ln candidate(s) shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %Ln interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>: scores appear here once an interview is submitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, %Ln with a halo flag ⚠</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; scores hidden for %Ln you are still interviewing: submit your own interview first</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DataActions</name>
    <message>
        <source>Exported {interviews} of {candidates} ({rubrics}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview files (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: the file would change interviews that are already submitted here, or a locked first impression without its amendment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidates: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New positions: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed both here and in the file, kept as they are here:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {candidates} candidates and {interviews} interviews to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up with pg_dump.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back up the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite databases (*.sqlite3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase {name} &lt;{email}&gt; ({position}) and every interview of them?

This cannot be undone. The audit trail keeps only an anonymous note that a candidate was erased.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erasing {name}…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates from CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file chosen with Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Columns: name, email, position, and optionally phone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the file holds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln problem(s): fix them in the file and choose it again. Nothing is imported while any row is bad.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%Ln candidate(s) to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new positions: {titles}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line} {email}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line {line}: {email} is already candidate {name}; skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking {file}…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>d MMM yyyy</source>
        <comment>format: a day</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy, HH:mm</source>
        <comment>format: a day and time</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Figures</name>
    <message>
        <source>strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>poor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>good</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>excellent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not enough data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hidden until you submit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hidden until you submit your own interview of this candidate, so that colleagues&apos; scores cannot colour yours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n submitted interview(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%n submitted interview(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an interviewer recorded both, the first impression matched the structured score.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an interviewer recorded both, the first impression was on average %n point(s) (%1 levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where an interviewer recorded both, the first impression was on average %n point(s) (%1 levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImpressionPage</name>
    <message>
        <source>Candidate &amp;arrived (Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate arrived: start the countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seconds left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Press Space when the candidate walks in: the impression is taken in the first %n seconds.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Likeability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: {cue}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Observed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One line: what you noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;mend impression…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amend the locked first impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch the greeting. Choose a level with keys 1-5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n seconds are up. Record your impression now, then move on to the questions (Alt+Right).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Recorded {seconds} s after arrival.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Locked when the questions began, so it cannot be revised in hindsight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No arrival was noted before the questions began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded, and locked when the questions began.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Insight</name>
    <message>
        <source>&lt;b&gt;Halo: where the first impression and the evidence disagree.&lt;/b&gt; For every submitted interview, the 30-second likeability and the structured score (the anchored answers) are both on 0-100, where one anchor level is 25 points. The gap is impression minus structured. A candidate is flagged ⚠ when the mean gap is {threshold} points (one level) or more either way. A large positive gap means the candidate was liked more than their answers support, so check that liking is not deciding; a large negative gap means good answers from someone who made a weak first impression.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Interviewers: leniency and what their first impression predicts.&lt;/b&gt; &lt;i&gt;Leniency&lt;/i&gt; compares each interviewer with the colleagues who interviewed the same candidates: for each shared candidate, their structured score minus the mean of the others&apos; scores, averaged. +10 means they score about 10 points (0.4 of a level) higher than colleagues who saw the same people; read figures near 0 as calibrated. &lt;i&gt;Impression → score&lt;/i&gt; is the correlation (Pearson&apos;s r, -1 to 1) between their first impressions and their own structured scores: near 1, their answers&apos; scores follow their first liking closely, which may be a halo in their scoring; near 0, they score the answers independently of it. It needs at least {pairs} interviews with both parts and some variation. &lt;i&gt;Mean gap&lt;/i&gt; and &lt;i&gt;flagged&lt;/i&gt; show how often their own interviews have a halo gap.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Agreement: is a question scored consistently?&lt;/b&gt; For each question, the intraclass correlation ICC(1) says how much of the variation in its scores lies between candidates rather than between interviewers scoring the same candidate. 1 means interviewers always agree; near 0 means a score says more about who asked than about the candidate. Read below .5 as poor, .5-.75 moderate, .75-.9 good, above .9 excellent. &lt;i&gt;Spread&lt;/i&gt; is the typical difference, in levels, between two interviewers&apos; scores of the same candidate. Questions with poor agreement need clearer anchors or interviewer training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the {tab} figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hover over or select a row to read what its figures mean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (points)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gap (levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} shared no candidate with a colleague: no leniency yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate(s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leniency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shared candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Impression → score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spread (levels)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the figures are based on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Insight figures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No submitted interviews here yet: the figures appear once interviews are submitted. Try another position, or all positions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates flagged ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The figures could not be computed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>InterviewWindow</name>
    <message>
        <source>⏳ Waiting for the database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Database file gone: changes kept here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview: {name} · {position} · hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewer {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to a &amp;new file… (Ctrl+Shift+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ &amp;Back (Alt+Left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next (Alt+Right) ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip question…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Wrap-up and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to a &amp;new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first impression yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No first impression is recorded yet. Move on anyway? It stays open until you answer the first question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stay</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {reason}. Close and open it again to take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview open elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The interview with {name} is open for writing by {holder} since {time}.

Open it here read-only, or take it over: that window then can no longer save, and the take-over is recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Take over</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken over from {holder}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read-only: {holder} has this interview open for writing since {time}. Close and open it again to take it over.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file was deleted or replaced: your changes are kept in this window until you save everything to a new file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{file} is no longer the file hireapp opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save everything to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hireapp database (*.sqlite3);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything is saved in {path} ({candidates} candidates, {interviews} interviews), and hireapp goes on in that file. Next time, open it with: hireapp --db {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database has not answered yet: another program may be writing to it.
Your changes are kept in order and saved as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your changes are kept in order and saved as soon as it answers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ All changes saved {time}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change is saved as you make it; there is no Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{action} has to wait: %n changes are not saved yet (the database is busy).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Amending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet: still open: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the interview with {name}? After this nothing in it can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted {moment}. This interview is read-only; colleagues&apos; scores for this candidate are now visible to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression: {score}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not answered yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped ({reason})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database file was deleted or replaced: %n changes are kept only in this window.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Save everything to a new file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close anyway (they are lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n changes are not saved yet (the database is busy).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Wait</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>System ({language})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguageDialog</name>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new language applies when hireapp starts again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LevelButton</name>
    <message>
        <source>Level {level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Toolbar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New interview…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start an interview: choose or create the candidate (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interview selected candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or resume your interview of the selected candidate (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume unfinished…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews that were started but not submitted (Ctrl+R)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a candidate (Ctrl+Shift+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add interviews exported from another machine (JSON)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export interviews…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write interviews to a JSON file for another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import candidates from &amp;CSV…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pre&amp;view summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The selected candidate&apos;s PDF summary (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Shift+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+P</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save summary as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ompare selected as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2 to 10 selected candidates side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Erase candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove everything about the selected candidate, after a confirmation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shift+Del</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reload the candidates from the database (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading candidates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hireapp: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by &amp;side…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric versions, where they are used, which questions work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select 2 to 10 candidates to compare.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened your submitted interview of {name}: read only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You had already started this interview: resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished interviews.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured interviews for people who will serve customers well: the 30-second impression recorded on its own, anchored questions, and HR comparisons.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {database}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language changes when hireapp starts again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not closed: an interview is still saving. It closes by itself once its changes are saved; then quit again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewInterviewDialog</name>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Candidate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New candidate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position of the chosen candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interviewer (you):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviewer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your earlier interview of this candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{title} {version} (%n questions)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Choose a candidate from the list, or create a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your name as the interviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each interviewer interviews a candidate once, so no second interview is started; Open interview shows yours (read only).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already interviewed {name}: submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already interviewed {name}: submitted on {day}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You already started interviewing {name} on {day} and have not submitted it. Resume interview carries on where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen for this interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric new interviews for {position} use</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewRubric</name>
    <message>
        <source>New rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The default rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A copy of {rubric}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-case letters and digits, words joined by hyphens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the rubric a title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id is lower-case letters and digits, words joined by single hyphens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rubric with the id “{id}” exists: choose another id, or make a new version of it (Ctrl+N).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Operations</name>
    <message>
        <source>… and %Ln more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An unexpected error stopped “{title}”. Nothing more is known here; the details were written to the program&apos;s error output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PositionChoice</name>
    <message>
        <source>Use for a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interviews for the position will use {version}. Interviews already started keep the rubric they were started with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Position:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question {number} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time spent on this question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes: {probes}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes (Esc returns to the scale):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on {question}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What did the candidate actually do? Detail helps a reviewer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip question… (Ctrl+K)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip {question} with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped: {reason}. Choosing a level answers it after all.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Recommendation</name>
    <message>
        <source>Strong no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong yes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>printing was cancelled after {painted} of %n page(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the printer could not be opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document to print could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shortcut: {keys}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>◀ Previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed %n page(s) of “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing “{title}”…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot save the PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing the summary…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compare as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the comparison…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ResumeDialog</name>
    <message>
        <source>at the wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at question {number} of {questions}, “{title}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at the first impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interviewed by {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last change {moment}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unfinished interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Show colleagues&apos; unfinished interviews too ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resuming a colleague&apos;s interview makes you its interviewer on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Everything entered so far is saved; resume one where it stopped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your interviews that were started and not submitted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You have no unfinished interviews. These are colleagues&apos;; resuming one makes you its interviewer on this machine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No unfinished interviews.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricEditor</name>
    <message>
        <source>Parts of the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The questions&apos; use is not shown: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} {label}, {n} submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new rubric: no interviews scored with it yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not in the version this one starts from: no figures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement not known yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agreement {icc} ({words})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In {source}: levels chosen {levels}; skipped in {skipped} of {n}; {agreement}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a s&amp;ection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a &amp;cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove this part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question from the &amp;bank…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the question in the company&apos;s ban&amp;k…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch between the parts and the &amp;fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: {title} · hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: {title} (changed) · hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove the cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Label</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Q&amp;uestion</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;robes (one a line)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the question was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;{level} (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level &amp;{level}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a question to see it as the interviewer will.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown once the question has no problems left.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Section: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cue: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New cue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bank cannot be read:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every bank question is in already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a question from the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the question in the bank</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dimension:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not added: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added to the company&apos;s question bank.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No problems: Ctrl+S saves it as a new version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n problems before it can be saved: {problems}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The draft could not be kept: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as version {id}: {title} {label}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rubric is not saved as a version. Keep it as a draft to go on with later?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RubricsWindow</name>
    <message>
        <source>Rubrics · hireapp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How each question was used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading rubrics…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Used by positions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New &amp;rubric…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new rubric from the default, the selected one, or an empty outline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New version from this one…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit a copy of the selected version; saving stores it as a new version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export as rubric file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the selected version as a TOML rubric file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Use for a position…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interviews for a position use the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add a rubric file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check a rubric file and store it as a version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load rubrics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not loaded: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{id} · content hash {hash}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored version {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positions whose new interviews use this version; the default is what a position without a rubric of its own uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{submitted} submitted, {drafts} drafts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting how the questions were used…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric statistics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not counted: {error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interviews.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions flagged: look at their anchors.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No question flagged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Level {level} chosen %n times</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Skipped in {skipped} of {n} submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICC(1) between interviewers of the same candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unsaved rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rubric being edited (“{title}”) was not saved as a version. Go on with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Go on with it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start from the selected version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New rubric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as rubric file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric files (*.toml)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was written: {error}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written to {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use for a position</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no positions yet: add a candidate first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interviews for {position} use {rubric}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a rubric file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubric files (*.toml);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was not added:
{error}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored as version {n}: {title} {label}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ScaleWidget</name>
    <message>
        <source>{name}: level {level}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Candidates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interview the selected candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New candidate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume an unfinished interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search candidates by name or email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: the selected candidates question by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview the selected candidate&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the selected candidate&apos;s summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the selected candidate&apos;s summary as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase the selected candidate (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rubrics: versions, where they are used, which questions work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In an interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidate arrived: start the 30-second countdown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a level while typing a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the chosen level down or up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the notes back to the scale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip the question, with a reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrap-up and review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On the wrap-up: strong no … strong yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the review list: go to that question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit (asks first)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close the interview (everything is already saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If the database file is gone: save everything to a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a PDF preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit the width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In menus, buttons and fields, Alt with the underlined letter does the same.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SideBySide</name>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not scored in a submitted interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; skipped {count}×</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean level {mean} from {levels}.
At this level the rubric says: {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mean level {mean}; each interviewer&apos;s level: {levels}. {anchor}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Halo gap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagreement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft; drafts count in no figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overall score 0-100, mean of submitted interviews</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The 30-second likeability, 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted mean of the anchored answers, 0-100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First impression minus structured score, averaged over the interviews with both; ⚠ at a level (25 points) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Largest gap between two interviewers&apos; structured scores, in points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many submitted interviews recommended {order}: 0 / 1 / 2 / 0 is one no and two yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{points} points, halo flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to read the comparison</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Candidates question by question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One column per candidate: the headline figures, then each question&apos;s mean level, each interviewer&apos;s level and the rubric&apos;s words for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Charts per section</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side by side: {names}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each cell: the mean level over submitted interviews, each interviewer&apos;s level in brackets, and what the rubric describes at that level. Hover for details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scores of {names} are {withheld} your own interview: colleagues&apos; scores stay hidden until then, and the charts leave them out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{section}: mean level per question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level (1-5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars per question, one per candidate, each candidate with its own pattern; the table above holds the same levels as text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be loaded: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The candidates cannot be compared side by side.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The comparison could not be loaded.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SkipDialog</name>
    <message>
        <source>Say why it is skipped: the reason goes into the summary beside the question.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skip question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why is “{question}” skipped?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for skipping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: the candidate has no work experience yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;kip question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WrapUpPage</name>
    <message>
        <source>Wrap-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asked only now, after every question, so a verdict cannot lead the ratings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommendation: {value}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strengths</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;trengths:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ncerns:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Review (Enter opens a question):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review of every answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the interview cannot be submitted yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Submit interview… (Ctrl+Return)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Submit the interview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the recommendation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not submitted yet: still open: {missing}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer or skip every question first: {questions}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

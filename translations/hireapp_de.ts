<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
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
    <name>Language</name>
    <message>
        <source>System ({language})</source>
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
        <source>%n problem(s) before it can be saved: {problems}</source>
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
</TS>

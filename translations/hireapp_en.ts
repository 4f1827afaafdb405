<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>Cli</name>
        <message numerus="yes">
            <source>; %n without a submitted interview left out</source>
            <translation>
                <numerusform>; %n without a submitted interview left out</numerusform>
                <numerusform>; %n without a submitted interview left out</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n summaries for {position} to {folder}</source>
            <translation>
                <numerusform>wrote %n summary for {position} to {folder}</numerusform>
                <numerusform>wrote %n summaries for {position} to {folder}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonPdf</name>
        <message numerus="yes">
            <source>Structured interview comparison of %n candidates: {names}</source>
            <translation>
                <numerusform>Structured interview comparison of %n candidate: {names}</numerusform>
                <numerusform>Structured interview comparison of %n candidates: {names}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{positions} · %n candidates · printed {day}</source>
            <translation>
                <numerusform>{positions} · %n candidate · printed {day}</numerusform>
                <numerusform>{positions} · %n candidates · printed {day}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonTable</name>
        <message numerus="yes">
            <source>Overall score: {score} of 100 (about level {level} of 5), the mean over %n submitted interview(s). It weighs the first impression and the structured answers as the rubric says.</source>
            <translation>
                <numerusform>Overall score: {score} of 100 (about level {level} of 5), the mean over %n submitted interview. It weighs the first impression and the structured answers as the rubric says.</numerusform>
                <numerusform>Overall score: {score} of 100 (about level {level} of 5), the mean over %n submitted interviews. It weighs the first impression and the structured answers as the rubric says.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Recommendations of %n submitted interview(s): {tally}.</source>
            <translation>
                <numerusform>Recommendations of %n submitted interview: {tally}.</numerusform>
                <numerusform>Recommendations of %n submitted interviews: {tally}.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message numerus="yes">
            <source>None of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>None of %Ln candidate shown</numerusform>
                <numerusform>None of %Ln candidates shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln candidate(s) to {path}</source>
            <translation>
                <numerusform>Exported %Ln candidate to {path}</numerusform>
                <numerusform>Exported %Ln candidates to {path}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>{shown} of %Ln candidate shown</numerusform>
                <numerusform>{shown} of %Ln candidates shown</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln interviewed</source>
            <translation>
                <numerusform>, %Ln interviewed</numerusform>
                <numerusform>, %Ln interviewed</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln with a halo flag ⚠</source>
            <translation>
                <numerusform>, %Ln with a halo flag ⚠</numerusform>
                <numerusform>, %Ln with a halo flag ⚠</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; scores hidden for %Ln you are still interviewing: submit your own interview first</source>
            <translation>
                <numerusform>; scores hidden for %Ln you are still interviewing: submit your own interview first</numerusform>
                <numerusform>; scores hidden for %Ln you are still interviewing: submit your own interview first</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation>
                <numerusform>%Ln interview</numerusform>
                <numerusform>%Ln interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln candidate</numerusform>
                <numerusform>%Ln candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rubric version(s)</source>
            <translation>
                <numerusform>%Ln rubric version</numerusform>
                <numerusform>%Ln rubric versions</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).</source>
            <translation>
                <numerusform>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict.</numerusform>
                <numerusform>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflicts.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Erased {name} and %Ln interview(s).</source>
            <translation>
                <numerusform>Erased {name} and %Ln interview.</numerusform>
                <numerusform>Erased {name} and %Ln interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): fix them in the file and choose it again. Nothing is imported while any row is bad.</source>
            <translation>
                <numerusform>%Ln problem: fix it in the file and choose it again. Nothing is imported while any row is bad.</numerusform>
                <numerusform>%Ln problems: fix them in the file and choose it again. Nothing is imported while any row is bad.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) to import</source>
            <translation>
                <numerusform>%Ln candidate to import</numerusform>
                <numerusform>%Ln candidates to import</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here, skipped: {lines}</source>
            <translation>
                <numerusform>%Ln already here, skipped: {lines}</numerusform>
                <numerusform>%Ln already here, skipped: {lines}</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>imported %Ln candidate(s)</source>
            <translation>
                <numerusform>imported %Ln candidate</numerusform>
                <numerusform>imported %Ln candidates</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DebriefPdf</name>
        <message numerus="yes">
            <source>%n interviews are still open: the figures may change.</source>
            <translation>
                <numerusform>%n interview is still open: the figures may change.</numerusform>
                <numerusform>%n interviews are still open: the figures may change.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interviews.</source>
            <translation>
                <numerusform>%n submitted interview.</numerusform>
                <numerusform>%n submitted interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{mark} %n questions with levels two or more apart: discuss these first.</source>
            <translation>
                <numerusform>{mark} %n question with levels two or more apart: discuss it first.</numerusform>
                <numerusform>{mark} %n questions with levels two or more apart: discuss these first.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interviews.</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interview.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n interviews still open: the figures may change.</source>
            <translation>
                <numerusform>⚠ %n interview still open: the figures may change.</numerusform>
                <numerusform>⚠ %n interviews still open: the figures may change.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message numerus="yes">
            <source>%n submitted interview(s).</source>
            <translation>
                <numerusform>%n submitted interview.</numerusform>
                <numerusform>%n submitted interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s)</source>
            <translation>
                <numerusform>%n submitted interview</numerusform>
                <numerusform>%n submitted interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{submitted} and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
            <translation>
                <numerusform>{submitted} and %n draft still in progress (the number in brackets); drafts count in no figure until they are submitted.</numerusform>
                <numerusform>{submitted} and %n drafts still in progress (the number in brackets); drafts count in no figure until they are submitted.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
            <translation>
                <numerusform>Where an interviewer recorded both, the first impression was on average %n point ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</numerusform>
                <numerusform>Where an interviewer recorded both, the first impression was on average %n points ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
            <translation>
                <numerusform>Where an interviewer recorded both, the first impression was on average %n point ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</numerusform>
                <numerusform>Where an interviewer recorded both, the first impression was on average %n points ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ImpressionPage</name>
        <message numerus="yes">
            <source>Press Space when the candidate walks in: the impression is taken in the first %n seconds.</source>
            <translation>
                <numerusform>Press Space when the candidate walks in: the impression is taken in the first second.</numerusform>
                <numerusform>Press Space when the candidate walks in: the impression is taken in the first %n seconds.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Not started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>Not started: %n second from the candidate's arrival.</numerusform>
                <numerusform>Not started: %n seconds from the candidate's arrival.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds left.</source>
            <translation>
                <numerusform>%n second left.</numerusform>
                <numerusform>%n seconds left.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>Started: %n second from the candidate's arrival.</numerusform>
                <numerusform>Started: %n seconds from the candidate's arrival.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds are up. Record your impression now, then move on to the questions (Alt+Right).</source>
            <translation>
                <numerusform>%n second is up. Record your impression now, then move on to the questions (Alt+Right).</numerusform>
                <numerusform>%n seconds are up. Record your impression now, then move on to the questions (Alt+Right).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidate.</numerusform>
                <numerusform>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate.</numerusform>
                <numerusform>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidates.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{title}: ICC(1) over %n candidate(s) with two or more ratings ({ratings})</source>
            <translation>
                <numerusform>{title}: ICC(1) over %n candidate with two or more ratings ({ratings})</numerusform>
                <numerusform>{title}: ICC(1) over %n candidates with two or more ratings ({ratings})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n rating</numerusform>
                <numerusform>%n ratings</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{slot}: {mean} over %n interview(s)</source>
            <translation>
                <numerusform>{slot}: {mean} over %n interview</numerusform>
                <numerusform>{slot}: {mean} over %n interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln candidate</numerusform>
                <numerusform>%Ln candidates</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Based on %Ln submitted interview(s) of {candidates}. Hover over a row for its meaning.</source>
            <translation>
                <numerusform>Based on %Ln submitted interview of {candidates}. Hover over a row for its meaning.</numerusform>
                <numerusform>Based on %Ln submitted interviews of {candidates}. Hover over a row for its meaning.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) you are still interviewing left out of every figure until you submit your own interview.</source>
            <translation>
                <numerusform>%Ln candidate you are still interviewing left out of every figure until you submit your own interview.</numerusform>
                <numerusform>%Ln candidates you are still interviewing left out of every figure until you submit your own interview.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>InterviewWindow</name>
        <message numerus="yes">
            <source>{action} has to wait: %n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>{action} has to wait: %n change is not saved yet (the database is busy).</numerusform>
                <numerusform>{action} has to wait: %n changes are not saved yet (the database is busy).</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>The database file was deleted or replaced: %n changes are kept only in this window.</source>
            <translation>
                <numerusform>The database file was deleted or replaced: %n change is kept only in this window.</numerusform>
                <numerusform>The database file was deleted or replaced: %n changes are kept only in this window.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>%n change is not saved yet (the database is busy).</numerusform>
                <numerusform>%n changes are not saved yet (the database is busy).</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>NewInterviewDialog</name>
        <message numerus="yes">
            <source>{title} {version} (%n questions)</source>
            <translation>
                <numerusform>{title} {version} (%n question)</numerusform>
                <numerusform>{title} {version} (%n questions)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… and %Ln more</numerusform>
                <numerusform>… and %Ln more</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>%n day after the hire</numerusform>
                <numerusform>%n days after the hire</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message numerus="yes">
            <source>%n days after the last interview</source>
            <translation>
                <numerusform>%n day after the last interview</numerusform>
                <numerusform>%n days after the last interview</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours after the last interview</source>
            <translation>
                <numerusform>%n hour after the last interview</numerusform>
                <numerusform>%n hours after the last interview</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes after the last interview</source>
            <translation>
                <numerusform>%n minute after the last interview</numerusform>
                <numerusform>%n minutes after the last interview</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>printing was cancelled after {painted} of %n page(s)</source>
            <translation>
                <numerusform>printing was cancelled after {painted} of %n page</numerusform>
                <numerusform>printing was cancelled after {painted} of %n pages</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s) of “{title}”.</source>
            <translation>
                <numerusform>Printed %n page of “{title}”.</numerusform>
                <numerusform>Printed %n pages of “{title}”.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message numerus="yes">
            <source>{done} of %n questions done</source>
            <translation>
                <numerusform>{done} of %n question done</numerusform>
                <numerusform>{done} of %n questions done</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RubricEditor</name>
        <message numerus="yes">
            <source>%n problems before it can be saved: {problems}</source>
            <translation>
                <numerusform>%n problem before it can be saved: {problems}</numerusform>
                <numerusform>%n problems before it can be saved: {problems}</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>RubricsWindow</name>
        <message numerus="yes">
            <source>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interviews.</source>
            <translation>
                <numerusform>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interview.</numerusform>
                <numerusform>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions flagged: look at their anchors.</source>
            <translation>
                <numerusform>%n question flagged: look at its anchors.</numerusform>
                <numerusform>%n questions flagged: look at their anchors.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Level {level} chosen %n times</source>
            <translation>
                <numerusform>Level {level} chosen once</numerusform>
                <numerusform>Level {level} chosen %n times</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message numerus="yes">
            <source>Skipped in %n interview(s).</source>
            <translation>
                <numerusform>Skipped in %n interview.</numerusform>
                <numerusform>Skipped in %n interviews.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SummaryPdf</name>
        <message numerus="yes">
            <source>Means over %n submitted interviews.</source>
            <translation>
                <numerusform>Means over %n submitted interview.</numerusform>
                <numerusform>Means over %n submitted interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Not included:&lt;/b&gt; %n draft interviews still in progress ({names}). Drafts are left out of every figure in this summary.</source>
            <translation>
                <numerusform>&lt;b&gt;Not included:&lt;/b&gt; %n draft interview still in progress ({names}). Drafts are left out of every figure in this summary.</numerusform>
                <numerusform>&lt;b&gt;Not included:&lt;/b&gt; %n draft interviews still in progress ({names}). Drafts are left out of every figure in this summary.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ValidityWindow</name>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>%n day after the hire</numerusform>
                <numerusform>%n days after the hire</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{where}, outcomes %n days after the hire:</source>
            <translation>
                <numerusform>{where}, outcomes %n day after the hire:</numerusform>
                <numerusform>{where}, outcomes %n days after the hire:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hires with an outcome; n in each figure counts the hires with both of its values.</source>
            <translation>
                <numerusform>%n hire with an outcome; n in each figure counts the hires with both of its values.</numerusform>
                <numerusform>%n hires with an outcome; n in each figure counts the hires with both of its values.</numerusform>
            </translation>
        </message>
    </context>
</TS>

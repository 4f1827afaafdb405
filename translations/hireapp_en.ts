<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>ComparisonView</name>
        <message numerus="yes">
            <source>None of %Ln candidate(s) shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln candidate(s) to {path}</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln candidate(s) shown</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln interviewed</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln with a halo flag ⚠</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>; scores hidden for %Ln you are still interviewing: submit your own interview first</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): fix them in the file and choose it again. Nothing is imported while any row is bad.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) to import</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interviews.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n interviews still open: the figures may change.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message numerus="yes">
            <source>%n submitted interview(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{submitted} and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
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
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate(s).</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
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
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>printing was cancelled after {painted} of %n page(s)</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s) of “{title}”.</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
            </translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message numerus="yes">
            <source>{done} of %n questions done</source>
            <translation type="unfinished">
                <numerusform />
                <numerusform />
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
</TS>

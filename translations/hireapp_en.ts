<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend first impression</source>
            <translation>Ersten Eindruck ändern</translation>
        </message>
        <message>
            <source>The impression was locked when the questions began. An amendment keeps the original values and your reason in the audit trail.</source>
            <translation>Der Eindruck wurde gesperrt, als die Fragen begannen. Eine Änderung bewahrt die ursprünglichen Werte und Ihre Begründung im Änderungsprotokoll.</translation>
        </message>
        <message>
            <source>Likeability</source>
            <translation>Sympathie</translation>
        </message>
        <message>
            <source>Observed:</source>
            <translation>Beobachtet:</translation>
        </message>
        <message>
            <source>Cue: {cue}</source>
            <translation>Merkmal: {cue}</translation>
        </message>
        <message>
            <source>First impression note</source>
            <translation>Notiz zum ersten Eindruck</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>Reason for the amendment</source>
            <translation>Grund für die Änderung</translation>
        </message>
        <message>
            <source>Required: why does it change?</source>
            <translation>Pflichtfeld: Warum ändert er sich?</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>&amp;Grund:</translation>
        </message>
    </context>
    <context>
        <name>Anchors</name>
        <message>
            <source>Between {below} ({below_gist}) and {above} ({above_gist})</source>
            <translation>Zwischen {below} ({below_gist}) und {above} ({above_gist})</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>hireapp cannot open its database</source>
            <translation>hireapp kann seine Datenbank nicht öffnen</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Choose a position or type a new one.</source>
            <translation>Wählen Sie eine Stelle oder geben Sie eine neue ein.</translation>
        </message>
        <message>
            <source>Enter the candidate's name.</source>
            <translation>Geben Sie den Namen der Person ein.</translation>
        </message>
        <message>
            <source>Enter an email: it identifies the candidate across machines.</source>
            <translation>Geben Sie eine E-Mail-Adresse ein: Sie kennzeichnet die Person auf allen Rechnern.</translation>
        </message>
        <message>
            <source>Choose or type the position applied for.</source>
            <translation>Wählen Sie die Stelle oder geben Sie sie ein.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>Telefon</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>{field}: {problem}.</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Neue Bewerberin / neuer Bewerber</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Name:</translation>
        </message>
        <message>
            <source>Candidate name</source>
            <translation>Name der Bewerberin / des Bewerbers</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Pflichtfeld</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>&amp;E-Mail:</translation>
        </message>
        <message>
            <source>Candidate email</source>
            <translation>E-Mail der Bewerberin / des Bewerbers</translation>
        </message>
        <message>
            <source>name@example.org (identifies the candidate)</source>
            <translation>name@example.org (kennzeichnet die Person eindeutig)</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>&amp;Telefon:</translation>
        </message>
        <message>
            <source>Candidate phone</source>
            <translation>Telefon der Bewerberin / des Bewerbers</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>Optional</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Stelle:</translation>
        </message>
        <message>
            <source>Position applied for</source>
            <translation>Stelle, auf die sich die Person bewirbt</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Was nicht stimmt</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>interrupted</source>
            <translation>abgebrochen</translation>
        </message>
        <message>
            <source>no candidates yet: add some, or try `hireapp demo` (from a source checkout: `make demo`)</source>
            <translation>noch keine Personen: Fügen Sie welche hinzu oder probieren Sie `hireapp demo` (in einem Quellcode-Checkout: `make demo`)</translation>
        </message>
        <message>
            <source>id</source>
            <translation>ID</translation>
        </message>
        <message>
            <source>name</source>
            <translation>Name</translation>
        </message>
        <message>
            <source>position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>Phase</translation>
        </message>
        <message>
            <source>int.</source>
            <translation>Int.</translation>
        </message>
        <message>
            <source>overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>impression</source>
            <translation>Eindruck</translation>
        </message>
        <message>
            <source>structured</source>
            <translation>strukturiert</translation>
        </message>
        <message>
            <source>recommendations (--/-/+/++)</source>
            <translation>Empfehlungen (--/-/+/++)</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>nothing erased</source>
            <translation>nichts gelöscht</translation>
        </message>
        <message>
            <source>erased candidate {id} and {interviews} interviews</source>
            <translation>Person {id} und {interviews} Interviews gelöscht</translation>
        </message>
        <message>
            <source>another program has the database open; its log is emptied when it closes</source>
            <translation>ein anderes Programm hat die Datenbank geöffnet; ihr Protokoll wird geleert, wenn es sie schließt</translation>
        </message>
        <message>
            <source>backed up {database} to {file}: {candidates} candidates, {interviews} interviews</source>
            <translation>{database} nach {file} gesichert: {candidates} Personen, {interviews} Interviews</translation>
        </message>
        <message>
            <source>nothing restored</source>
            <translation>nichts wiederhergestellt</translation>
        </message>
        <message>
            <source>restored {file} into {database}; the replaced database was kept as {copy}</source>
            <translation>{file} in {database} wiederhergestellt; die ersetzte Datenbank wurde als {copy} aufbewahrt</translation>
        </message>
        <message>
            <source>no candidate without activity in the last {age}</source>
            <translation>keine Person ohne Aktivität in den letzten {age}</translation>
        </message>
        <message>
            <source>email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>last activity</source>
            <translation>letzte Aktivität</translation>
        </message>
        <message>
            <source>{count} candidates would be erased; run again with --yes to erase them</source>
            <translation>{count} Personen würden gelöscht; mit --yes erneut ausführen, um sie zu löschen</translation>
        </message>
        <message>
            <source>erased {candidates} candidates and {interviews} interviews</source>
            <translation>{candidates} Personen und {interviews} Interviews gelöscht</translation>
        </message>
        <message>
            <source>{name} ({position}): {decision}, decided by {who} on {when} UTC, {after}</source>
            <translation>{name} ({position}): {decision}, entschieden von {who} am {when} UTC, {after}</translation>
        </message>
        <message>
            <source>wrote {count} answers to {file}</source>
            <translation>{count} Antworten nach {file} geschrieben</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>nichts wurde importiert</translation>
        </message>
        <message>
            <source>Summary: {about}</source>
            <translation>Zusammenfassung: {about}</translation>
        </message>
        <message>
            <source>Comparison: {about}</source>
            <translation>Vergleich: {about}</translation>
        </message>
        <message>
            <source>Debrief: {about}</source>
            <translation>Nachbesprechung: {about}</translation>
        </message>
        <message>
            <source>wrote {file}: {title}</source>
            <translation>{file} geschrieben: {title}</translation>
        </message>
        <message numerus="yes">
            <source>; %n without a submitted interview left out</source>
            <translation>
                <numerusform>; %n ohne abgegebenes Interview ausgelassen</numerusform>
                <numerusform>; %n ohne abgegebenes Interview ausgelassen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n summaries for {position} to {folder}</source>
            <translation>
                <numerusform>%n Zusammenfassung für {position} nach {folder} geschrieben</numerusform>
                <numerusform>%n Zusammenfassungen für {position} nach {folder} geschrieben</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonPdf</name>
        <message>
            <source>Shortlist comparison: {positions}</source>
            <translation>Vergleich der engeren Wahl: {positions}</translation>
        </message>
        <message numerus="yes">
            <source>Structured interview comparison of %n candidates: {names}</source>
            <translation>
                <numerusform>Vergleich strukturierter Interviews mit %n Person: {names}</numerusform>
                <numerusform>Vergleich strukturierter Interviews mit %n Personen: {names}</numerusform>
            </translation>
        </message>
        <message>
            <source>Shortlist comparison</source>
            <translation>Vergleich der engeren Wahl</translation>
        </message>
        <message numerus="yes">
            <source>{positions} · %n candidates · printed {day}</source>
            <translation>
                <numerusform>{positions} · %n Person · gedruckt am {day}</numerusform>
                <numerusform>{positions} · %n Personen · gedruckt am {day}</numerusform>
            </translation>
        </message>
        <message>
            <source>Scores are means over each candidate's submitted interviews; drafts are left out. Overall, first impression and structured are on 0-100; questions show the mean level on the anchored 1-5 scale. The fair score is the structured score with the interviewers' leniency taken out, fitted over each position's candidates, with its 80% interval. The best figure in each row is in bold.</source>
            <translation>Die Werte sind Mittelwerte der abgegebenen Interviews jeder Person; Entwürfe bleiben außen vor. Gesamt, erster Eindruck und strukturiert liegen auf 0–100; die Fragen zeigen die mittlere Stufe auf der verankerten Skala 1–5. Der faire Wert ist die strukturierte Bewertung ohne die Milde der Interviewenden, geschätzt über die Personen jeder Stelle, mit seinem 80-%-Intervall. Der beste Wert jeder Zeile ist fett gedruckt.</translation>
        </message>
        <message>
            <source>Scores of {names} are hidden until you submit your own interview: colleagues' scores stay hidden until then.</source>
            <translation>Die Bewertungen von {names} sind verborgen, bis Sie Ihr eigenes Interview abgeben: Die Bewertungen Ihrer Kolleginnen und Kollegen bleiben bis dahin verborgen.</translation>
        </message>
        <message>
            <source>{mark} seen by one interviewer only</source>
            <translation>{mark} nur von einer Person interviewt</translation>
        </message>
        <message>
            <source>Submitted interviews</source>
            <translation>Abgegebene Interviews</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>First impression (30 s)</source>
            <translation>Erster Eindruck (30 s)</translation>
        </message>
        <message>
            <source>Structured questions</source>
            <translation>Strukturierte Fragen</translation>
        </message>
        <message>
            <source>Fair score (80% interval)</source>
            <translation>Fairer Wert (80-%-Intervall)</translation>
        </message>
        <message>
            <source>{count} {recommendation}</source>
            <translation>{count} {recommendation}</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Halo gap (impression − structured)</source>
            <translation>Halo-Abstand (Eindruck − strukturiert)</translation>
        </message>
        <message>
            <source>Disagreement (points)</source>
            <translation>Uneinigkeit (Punkte)</translation>
        </message>
        <message>
            <source>Drafts left out</source>
            <translation>Nicht berücksichtigte Entwürfe</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukturiert</translation>
        </message>
        <message>
            <source>Overall score beside its two parts (0-100)</source>
            <translation>Gesamtwert neben seinen beiden Teilen (0–100)</translation>
        </message>
        <message>
            <source>Impression and evidence apart</source>
            <translation>Eindruck und Belege gehen auseinander</translation>
        </message>
    </context>
    <context>
        <name>ComparisonTable</name>
        <message>
            <source>{withheld} your own interview</source>
            <translation>{withheld} Ihres eigenen Interviews</translation>
        </message>
        <message>
            <source>No fair score: it needs a submitted interview with scored answers, and is shown while a fair score column is.</source>
            <translation>Kein fairer Wert: Er braucht ein abgeschlossenes Interview mit bewerteten Antworten und wird berechnet, solange eine Spalte für faire Werte sichtbar ist.</translation>
        </message>
        <message>
            <source>No submitted interview with both a first impression and scored answers yet.</source>
            <translation>Noch kein abgegebenes Interview mit erstem Eindruck und bewerteten Antworten.</translation>
        </message>
        <message>
            <source>Flagged at {threshold} points (one level) or more: check whether liking, rather than the answers, is carrying this candidate.</source>
            <translation>Markiert ab {threshold} Punkten (einer Stufe): Prüfen Sie, ob eher die Sympathie als die Antworten diese Person trägt.</translation>
        </message>
        <message>
            <source>Flagged at {threshold} points (one level) or more: check whether a weak first moment is holding back a candidate whose answers are good.</source>
            <translation>Markiert ab {threshold} Punkten (einer Stufe): Prüfen Sie, ob ein schwacher erster Moment eine Person mit guten Antworten zurückhält.</translation>
        </message>
        <message>
            <source>Active: still being considered</source>
            <translation>Aktiv: noch in der Auswahl</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>Eingestellt</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>Abgelehnt</translation>
        </message>
        <message>
            <source>Withdrawn: the candidate withdrew their application</source>
            <translation>Zurückgezogen: Die Person hat ihre Bewerbung zurückgezogen</translation>
        </message>
        <message>
            <source>Interviewed: at least one interview was submitted</source>
            <translation>Interviewt: mindestens ein Interview wurde abgegeben</translation>
        </message>
        <message>
            <source>In progress: an interview was started but none is submitted yet</source>
            <translation>In Arbeit: Ein Interview wurde begonnen, aber noch keines abgegeben</translation>
        </message>
        <message>
            <source>Waiting: no interview was started yet</source>
            <translation>Wartend: Es wurde noch kein Interview begonnen</translation>
        </message>
        <message>
            <source>Reads “{withheld} your own interview” for a candidate you are still interviewing</source>
            <translation>Zeigt „{withheld} Ihres eigenen Interviews“ bei einer Person, die Sie noch interviewen</translation>
        </message>
        <message>
            <source>No submitted interview yet: figures appear once an interview is submitted.</source>
            <translation>Noch kein abgegebenes Interview: Die Kennzahlen erscheinen, sobald ein Interview abgegeben ist.</translation>
        </message>
        <message>
            <source>{name} &lt;{email}&gt;, {position}.
Double-click or press Enter to interview this candidate.</source>
            <translation>{name} &lt;{email}&gt;, {position}.
Doppelklick oder Eingabetaste, um diese Person zu interviewen.</translation>
        </message>
        <message>
            <source>Applied for {position}</source>
            <translation>Beworben als {position}</translation>
        </message>
        <message numerus="yes">
            <source>Overall score: {score} of 100 (about level {level} of 5), the mean over %n submitted interview(s). It weighs the first impression and the structured answers as the rubric says.</source>
            <translation>
                <numerusform>Gesamtwert: {score} von 100 (etwa Stufe {level} von 5), der Mittelwert über %n abgegebenes Interview. Er gewichtet den ersten Eindruck und die strukturierten Antworten, wie es der Bewertungsbogen vorgibt.</numerusform>
                <numerusform>Gesamtwert: {score} von 100 (etwa Stufe {level} von 5), der Mittelwert über %n abgegebene Interviews. Er gewichtet den ersten Eindruck und die strukturierten Antworten, wie es der Bewertungsbogen vorgibt.</numerusform>
            </translation>
        </message>
        <message>
            <source>First impression: {score} of 100 (about level {level} of 5), the mean over the submitted interviews that recorded one. Level 1 is 0, level 5 is 100.</source>
            <translation>Erster Eindruck: {score} von 100 (etwa Stufe {level} von 5), der Mittelwert der abgegebenen Interviews, die einen festhielten. Stufe 1 ist 0, Stufe 5 ist 100.</translation>
        </message>
        <message>
            <source>Structured score: {score} of 100 (about level {level} of 5), the mean over the submitted interviews with scored answers. Each is the weighted mean of the anchored answers; 25 points is one level.</source>
            <translation>Strukturierte Bewertung: {score} von 100 (etwa Stufe {level} von 5), der Mittelwert der abgegebenen Interviews mit bewerteten Antworten. Jede ist das gewichtete Mittel der verankerten Antworten; 25 Punkte sind eine Stufe.</translation>
        </message>
        <message>
            <source>No decision recorded yet.</source>
            <translation>Noch keine Entscheidung festgehalten.</translation>
        </message>
        <message>
            <source>The panel's current decision: {decision}. The debrief shows why.</source>
            <translation>Die aktuelle Entscheidung des Gremiums: {decision}. Die Nachbesprechung zeigt die Begründung.</translation>
        </message>
        <message>
            <source>Recommendations ({order}): none yet. {why}</source>
            <translation>Empfehlungen ({order}): noch keine. {why}</translation>
        </message>
        <message numerus="yes">
            <source>Recommendations of %n submitted interview(s): {tally}.</source>
            <translation>
                <numerusform>Empfehlungen aus %n abgegebenem Interview: {tally}.</numerusform>
                <numerusform>Empfehlungen aus %n abgegebenen Interviews: {tally}.</numerusform>
            </translation>
        </message>
        <message>
            <source>Disagreement needs two or more submitted interviews: the largest gap between two interviewers' structured scores.</source>
            <translation>Die Uneinigkeit braucht zwei oder mehr abgegebene Interviews: der größte Abstand zwischen den strukturierten Bewertungen zweier Interviewender.</translation>
        </message>
        <message>
            <source>The interviewers' structured scores lie {points} points ({levels} levels) apart: the highest minus the lowest among the submitted interviews.</source>
            <translation>Die strukturierten Bewertungen der Interviewenden liegen {points} Punkte ({levels} Stufen) auseinander: die höchste minus die niedrigste unter den abgegebenen Interviews.</translation>
        </message>
        <message>
            <source>{points} points, halo flag</source>
            <translation>{points} Punkte, Halo-Markierung</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>{points} Punkte</translation>
        </message>
        <message>
            <source>80% interval {low} to {high}</source>
            <translation>80-%-Intervall {low} bis {high}</translation>
        </message>
        <message>
            <source>no figure yet</source>
            <translation>noch keine Zahl</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>The candidate's name, in the order of your language; double-click a row or press Enter to interview the candidate</source>
            <translation>Der Name der Person, sortiert nach Ihrer Sprache; Doppelklick auf eine Zeile oder Eingabetaste, um die Person zu interviewen</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>E-Mail</translation>
        </message>
        <message>
            <source>The candidate's email address</source>
            <translation>Die E-Mail-Adresse der Person</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>The position applied for</source>
            <translation>Die Stelle, auf die sich die Person bewirbt</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Status</translation>
        </message>
        <message>
            <source>Active, hired, rejected or withdrawn</source>
            <translation>Aktiv, eingestellt, abgelehnt oder zurückgezogen</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>Stand</translation>
        </message>
        <message>
            <source>Interviewed (an interview submitted), in progress (a draft only) or waiting (no interview yet)</source>
            <translation>Interviewt (ein Interview abgegeben), in Arbeit (nur ein Entwurf) oder wartend (noch kein Interview)</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft. Drafts count in no figure</source>
            <translation>Abgegebene Interviews, laufende Entwürfe in Klammern: 2 (1) sind 2 abgegebene und 1 Entwurf. Entwürfe zählen in keiner Kennzahl</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>Overall score 0-100, the mean over submitted interviews; it weighs the first impression and the structured answers as the rubric says</source>
            <translation>Gesamtwert 0–100, der Mittelwert der abgegebenen Interviews; er gewichtet den ersten Eindruck und die strukturierten Antworten, wie es der Bewertungsbogen vorgibt</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>The 30-second likeability, 0-100 (level 1 is 0, level 5 is 100), the mean over submitted interviews</source>
            <translation>Die Sympathie der ersten 30 Sekunden, 0–100 (Stufe 1 ist 0, Stufe 5 ist 100), der Mittelwert der abgegebenen Interviews</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukturiert</translation>
        </message>
        <message>
            <source>Weighted mean of the anchored answers, 0-100 (25 points a level), the mean over submitted interviews</source>
            <translation>Gewichtetes Mittel der verankerten Antworten, 0–100 (25 Punkte je Stufe), der Mittelwert der abgegebenen Interviews</translation>
        </message>
        <message>
            <source>Halo</source>
            <translation>Halo</translation>
        </message>
        <message>
            <source>First impression minus structured score, in points; ⚠ when a whole level (25 points) or more apart. Sorts by the size of the gap</source>
            <translation>Erster Eindruck minus strukturierte Bewertung, in Punkten; ⚠ bei einer ganzen Stufe (25 Punkten) Abstand oder mehr. Sortiert nach der Größe des Abstands</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>How many submitted interviews recommended {order}: 0 / 1 / 2 / 0 is one no and two yes</source>
            <translation>Wie viele abgegebene Interviews {order} empfahlen: 0 / 1 / 2 / 0 ist einmal Nein und zweimal Ja</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Uneinigkeit</translation>
        </message>
        <message>
            <source>Largest gap between two interviewers' structured scores, in points; 25 points is one level. Needs two submitted interviews</source>
            <translation>Größter Abstand zwischen den strukturierten Bewertungen zweier Interviewender, in Punkten; 25 Punkte sind eine Stufe. Braucht zwei abgegebene Interviews</translation>
        </message>
        <message>
            <source>Fair score</source>
            <translation>Fairer Wert</translation>
        </message>
        <message>
            <source>The structured score with the interviewers' leniency or severity taken out, fitted over the position's candidates; † when one interviewer only saw the candidate</source>
            <translation>Die strukturierte Bewertung, bereinigt um die Milde oder Strenge der Interviewenden, geschätzt über alle Personen der Stelle; † wenn nur eine Person die Kandidatin oder den Kandidaten interviewt hat</translation>
        </message>
        <message>
            <source>Fair 80% interval</source>
            <translation>Fairer Wert, 80-%-Intervall</translation>
        </message>
        <message>
            <source>Where the fair score lies with 80% confidence; overlapping intervals cannot order two candidates. Sorts by the lower end</source>
            <translation>Wo der faire Wert mit 80 % Sicherheit liegt; überlappende Intervalle können zwei Personen nicht ordnen. Sortiert nach dem unteren Ende</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>The panel's current decision: advance, hire, reject or on hold; blank before one</source>
            <translation>Die aktuelle Entscheidung des Gremiums: weiter im Verfahren, einstellen, absagen oder zurückgestellt; leer, solange keine vorliegt</translation>
        </message>
        <message>
            <source>Any decision</source>
            <translation>Jede Entscheidung</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation>Noch keine Entscheidung</translation>
        </message>
        <message>
            <source>Decision: {decision}</source>
            <translation>Entscheidung: {decision}</translation>
        </message>
        <message>
            <source>Any recommendation</source>
            <translation>Jede Empfehlung</translation>
        </message>
        <message>
            <source>Recommended: mostly yes</source>
            <translation>Empfohlen: überwiegend Ja</translation>
        </message>
        <message>
            <source>Recommended: mostly no</source>
            <translation>Empfohlen: überwiegend Nein</translation>
        </message>
        <message>
            <source>Recommended: a strong yes</source>
            <translation>Empfohlen: ein klares Ja</translation>
        </message>
        <message>
            <source>Recommended: a strong no</source>
            <translation>Empfohlen: ein klares Nein</translation>
        </message>
        <message>
            <source>Recommended: none yet</source>
            <translation>Empfohlen: noch keine Empfehlung</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>Loading candidates…</source>
            <translation>Bewerbungen werden geladen…</translation>
        </message>
        <message>
            <source>Search name or email (Ctrl+F)</source>
            <translation>Name oder E-Mail suchen (Strg+F)</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>Jeder Status</translation>
        </message>
        <message>
            <source>Overall ≥ </source>
            <translation>Gesamt ≥ </translation>
        </message>
        <message>
            <source>Any overall score</source>
            <translation>Jeder Gesamtwert</translation>
        </message>
        <message>
            <source>Show only candidates whose overall score is at least this</source>
            <translation>Nur Personen zeigen, deren Gesamtwert mindestens so hoch ist</translation>
        </message>
        <message>
            <source>Halo only</source>
            <translation>Nur Halo</translation>
        </message>
        <message>
            <source>Only candidates whose first impression and structured score are a level or more apart</source>
            <translation>Nur Personen, deren erster Eindruck und strukturierte Bewertung eine Stufe oder mehr auseinanderliegen</translation>
        </message>
        <message>
            <source>Side by side…</source>
            <translation>Nebeneinander…</translation>
        </message>
        <message>
            <source>Compare {least} to {most} selected candidates question by question ({key})</source>
            <translation>{least} bis {most} ausgewählte Personen Frage für Frage vergleichen ({key})</translation>
        </message>
        <message>
            <source>Insight…</source>
            <translation>Einblick…</translation>
        </message>
        <message>
            <source>Halo, interviewer calibration and agreement, explained</source>
            <translation>Halo, Kalibrierung der Interviewenden und Übereinstimmung, erklärt</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>CSV exportieren…</translation>
        </message>
        <message>
            <source>The rows shown, in the order shown, as a CSV file</source>
            <translation>Die angezeigten Zeilen in der angezeigten Reihenfolge als CSV-Datei</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>Suche und Filter zurücksetzen</translation>
        </message>
        <message>
            <source>Search candidates</source>
            <translation>Bewerbungen durchsuchen</translation>
        </message>
        <message>
            <source>Shows only candidates whose name or email contains the words typed</source>
            <translation>Zeigt nur Personen, deren Name oder E-Mail die eingegebenen Wörter enthält</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>Statusfilter</translation>
        </message>
        <message>
            <source>Shows only candidates with this status</source>
            <translation>Zeigt nur Personen mit diesem Status</translation>
        </message>
        <message>
            <source>Lowest overall score</source>
            <translation>Niedrigster Gesamtwert</translation>
        </message>
        <message>
            <source>Recommendation filter</source>
            <translation>Empfehlungsfilter</translation>
        </message>
        <message>
            <source>Shows only candidates whose interviewers recommended them this way</source>
            <translation>Zeigt nur Personen, die ihre Interviewenden so empfohlen haben</translation>
        </message>
        <message>
            <source>Decision filter</source>
            <translation>Entscheidungsfilter</translation>
        </message>
        <message>
            <source>Shows only candidates with this current decision</source>
            <translation>Zeigt nur Personen mit dieser aktuellen Entscheidung</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>Einblick</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>CSV exportieren</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>One row per candidate with their scores; Enter interviews the candidate of the current row</source>
            <translation>Eine Zeile je Person mit ihren Bewertungen; die Eingabetaste interviewt die Person der aktuellen Zeile</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>Angezeigte Bewerbungen</translation>
        </message>
        <message>
            <source>Why no candidate is shown</source>
            <translation>Warum keine Bewerbung angezeigt wird</translation>
        </message>
        <message>
            <source>Loading, with fair scores (this may take a while)…</source>
            <translation>Wird geladen, mit fairen Werten (das kann etwas dauern)…</translation>
        </message>
        <message>
            <source>Load candidates</source>
            <translation>Bewerbungen laden</translation>
        </message>
        <message>
            <source>&lt;p&gt;The candidates could not be loaded.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Check the database connection, then press Refresh (F5).&lt;/p&gt;</source>
            <translation>&lt;p&gt;Die Bewerbungen konnten nicht geladen werden.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Prüfen Sie die Verbindung zur Datenbank und wählen Sie dann Aktualisieren (F5).&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>Etwas Unerwartetes ist schiefgegangen.</translation>
        </message>
        <message>
            <source>No candidates for this position yet.</source>
            <translation>Noch keine Bewerbungen für diese Stelle.</translation>
        </message>
        <message>
            <source>No candidates yet.</source>
            <translation>Noch keine Bewerbungen.</translation>
        </message>
        <message>
            <source>Start an interview with &lt;b&gt;New interview&lt;/b&gt; (Ctrl+N), add a candidate with &lt;b&gt;New candidate&lt;/b&gt; (Ctrl+Shift+N) or import them from CSV; their scores appear here once an interview is submitted. To try it with realistic data, run &lt;code&gt;hireapp demo&lt;/code&gt; in a terminal (from a source checkout: &lt;code&gt;make demo&lt;/code&gt;).</source>
            <translation>Beginnen Sie ein Interview mit &lt;b&gt;Neues Interview&lt;/b&gt; (Strg+N), fügen Sie eine Bewerbung mit &lt;b&gt;Neue Bewerbung&lt;/b&gt; (Strg+Umschalt+N) hinzu oder importieren Sie sie aus einer CSV-Datei; die Bewertungen erscheinen hier, sobald ein Interview abgegeben ist. Zum Ausprobieren mit realistischen Daten führen Sie &lt;code&gt;hireapp demo&lt;/code&gt; in einem Terminal aus (aus dem Quellcode: &lt;code&gt;make demo&lt;/code&gt;).</translation>
        </message>
        <message numerus="yes">
            <source>None of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>Keine von %Ln Bewerbung angezeigt</numerusform>
                <numerusform>Keine von %Ln Bewerbungen angezeigt</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No candidate matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Loosen a filter, or clear them all.&lt;/p&gt;</source>
            <translation>&lt;p&gt;&lt;b&gt;Keine Bewerbung passt zu Suche und Filtern.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Lockern Sie einen Filter oder setzen Sie alle zurück.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Select {least} to {most} candidates to compare (Ctrl+click or Shift+click rows).</source>
            <translation>Wählen Sie {least} bis {most} Personen zum Vergleichen aus (Zeilen mit Strg+Klick oder Umschalt+Klick).</translation>
        </message>
        <message>
            <source>Export the table as CSV</source>
            <translation>Die Tabelle als CSV exportieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>CSV-Dateien (*.csv)</translation>
        </message>
        <message>
            <source>Cannot export the table</source>
            <translation>Die Tabelle kann nicht exportiert werden</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln candidate(s) to {path}</source>
            <translation>
                <numerusform>%Ln Bewerbung nach {path} exportiert</numerusform>
                <numerusform>%Ln Bewerbungen nach {path} exportiert</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Not updated: {reason}</source>
            <translation>Nicht aktualisiert: {reason}</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>{shown} von %Ln Bewerbung angezeigt</numerusform>
                <numerusform>{shown} von %Ln Bewerbungen angezeigt</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln interviewed</source>
            <translation>
                <numerusform>, %Ln interviewt</numerusform>
                <numerusform>, %Ln interviewt</numerusform>
            </translation>
        </message>
        <message>
            <source>: scores appear here once an interview is submitted</source>
            <translation>: Bewertungen erscheinen hier, sobald ein Interview abgegeben ist</translation>
        </message>
        <message numerus="yes">
            <source>, %Ln with a halo flag ⚠</source>
            <translation>
                <numerusform>, %Ln mit Halo-Markierung ⚠</numerusform>
                <numerusform>, %Ln mit Halo-Markierung ⚠</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; scores hidden for %Ln you are still interviewing: submit your own interview first</source>
            <translation>
                <numerusform>; Bewertungen verborgen für %Ln Person, die Sie noch interviewen: Geben Sie zuerst Ihr eigenes Interview ab</numerusform>
                <numerusform>; Bewertungen verborgen für %Ln Personen, die Sie noch interviewen: Geben Sie zuerst Ihr eigenes Interview ab</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation>
                <numerusform>%Ln Interview</numerusform>
                <numerusform>%Ln Interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln Bewerbung</numerusform>
                <numerusform>%Ln Bewerbungen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rubric version(s)</source>
            <translation>
                <numerusform>%Ln Version eines Bewertungsbogens</numerusform>
                <numerusform>%Ln Versionen von Bewertungsbögen</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {interviews} of {candidates} ({rubrics}).</source>
            <translation>{interviews} von {candidates} exportiert ({rubrics}).</translation>
        </message>
        <message>
            <source>Export interviews</source>
            <translation>Interviews exportieren</translation>
        </message>
        <message>
            <source>Interview files (*.json)</source>
            <translation>Interview-Dateien (*.json)</translation>
        </message>
        <message>
            <source>Exporting interviews…</source>
            <translation>Interviews werden exportiert…</translation>
        </message>
        <message>
            <source>Nothing was imported: the file would change interviews that are already submitted here, or a locked first impression without its amendment.</source>
            <translation>Nichts wurde importiert: Die Datei würde Interviews ändern, die hier bereits abgegeben sind, oder einen gesperrten ersten Eindruck ohne dessen Änderungsvermerk.</translation>
        </message>
        <message numerus="yes">
            <source>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).</source>
            <translation>
                <numerusform>{added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert, %Ln Konflikt.</numerusform>
                <numerusform>{added} hinzugefügt, {updated} aktualisiert, {unchanged} unverändert, %Ln Konflikte.</numerusform>
            </translation>
        </message>
        <message>
            <source>New candidates: {names}</source>
            <translation>Neue Bewerbungen: {names}</translation>
        </message>
        <message>
            <source>New positions: {titles}</source>
            <translation>Neue Stellen: {titles}</translation>
        </message>
        <message>
            <source>Changed both here and in the file, kept as they are here:</source>
            <translation>Sowohl hier als auch in der Datei geändert, so behalten, wie sie hier sind:</translation>
        </message>
        <message>
            <source>Import interviews</source>
            <translation>Interviews importieren</translation>
        </message>
        <message>
            <source>Importing interviews…</source>
            <translation>Interviews werden importiert…</translation>
        </message>
        <message>
            <source>Saved {candidates} candidates and {interviews} interviews to {path}.</source>
            <translation>{candidates} Bewerbungen und {interviews} Interviews in {path} gespeichert.</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>Sichern</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: back it up with pg_dump.</source>
            <translation>Dies ist eine PostgreSQL-Datenbank: Sichern Sie sie mit pg_dump.</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>Die Datenbank sichern</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3)</source>
            <translation>SQLite-Datenbanken (*.sqlite3)</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>Die Datenbank wird gesichert…</translation>
        </message>
        <message>
            <source>Erase candidate</source>
            <translation>Bewerbung löschen</translation>
        </message>
        <message>
            <source>Erase {name} &lt;{email}&gt; ({position}) and every interview of them?

This cannot be undone. The audit trail keeps only an anonymous note that a candidate was erased.</source>
            <translation>{name} &lt;{email}&gt; ({position}) und alle Interviews mit dieser Person löschen?

Das kann nicht rückgängig gemacht werden. Das Änderungsprotokoll behält nur einen anonymen Vermerk, dass eine Bewerbung gelöscht wurde.</translation>
        </message>
        <message numerus="yes">
            <source>Erased {name} and %Ln interview(s).</source>
            <translation>
                <numerusform>{name} und %Ln Interview gelöscht.</numerusform>
                <numerusform>{name} und %Ln Interviews gelöscht.</numerusform>
            </translation>
        </message>
        <message>
            <source>Erasing {name}…</source>
            <translation>{name} wird gelöscht…</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>Bewerbungen aus CSV importieren</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>CSV-Datei</translation>
        </message>
        <message>
            <source>The file chosen with Choose file…</source>
            <translation>Die mit „Datei wählen…“ gewählte Datei</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>Datei wählen…</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>Datei wählen</translation>
        </message>
        <message>
            <source>Columns: name, email, position, and optionally phone.</source>
            <translation>Spalten: name, email, position und auf Wunsch phone.</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>Was die Datei enthält</translation>
        </message>
        <message>
            <source>line</source>
            <translation>Zeile</translation>
        </message>
        <message>
            <source>Candidates in the file</source>
            <translation>Bewerbungen in der Datei</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>Probleme in der Datei</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>Importieren</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>Bewerbungen importieren</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Check the CSV file</source>
            <translation>Die CSV-Datei prüfen</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): fix them in the file and choose it again. Nothing is imported while any row is bad.</source>
            <translation>
                <numerusform>%Ln Problem: Beheben Sie es in der Datei und wählen Sie sie erneut. Solange eine Zeile fehlerhaft ist, wird nichts importiert.</numerusform>
                <numerusform>%Ln Probleme: Beheben Sie sie in der Datei und wählen Sie sie erneut. Solange eine Zeile fehlerhaft ist, wird nichts importiert.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) to import</source>
            <translation>
                <numerusform>%Ln Bewerbung zum Importieren</numerusform>
                <numerusform>%Ln Bewerbungen zum Importieren</numerusform>
            </translation>
        </message>
        <message>
            <source>new positions: {titles}</source>
            <translation>neue Stellen: {titles}</translation>
        </message>
        <message>
            <source>line {line} {email}</source>
            <translation>Zeile {line} {email}</translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here, skipped: {lines}</source>
            <translation>
                <numerusform>%Ln schon vorhanden, übersprungen: {lines}</numerusform>
                <numerusform>%Ln schon vorhanden, übersprungen: {lines}</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be checked.</source>
            <translation>Die Datei konnte nicht geprüft werden.</translation>
        </message>
        <message>
            <source>Importing candidates…</source>
            <translation>Bewerbungen werden importiert…</translation>
        </message>
        <message numerus="yes">
            <source>imported %Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln Bewerbung importiert</numerusform>
                <numerusform>%Ln Bewerbungen importiert</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: {email} is already candidate {name}; skipped</source>
            <translation>Zeile {line}: {email} gehört bereits zu {name}; übersprungen</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>{file} wird geprüft…</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM yyyy</source>
            <comment>format: a day</comment>
            <translation>d. MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <comment>format: a day and time</comment>
            <translation>d. MMM yyyy, HH:mm</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>format: a day on paper</comment>
            <translation>{day}. {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DebriefPdf</name>
        <message>
            <source>Debrief: {name}</source>
            <translation>Nachbesprechung: {name}</translation>
        </message>
        <message>
            <source>Panel debrief for the position {position}</source>
            <translation>Nachbesprechung des Gremiums für die Stelle {position}</translation>
        </message>
        <message numerus="yes">
            <source>%n interviews are still open: the figures may change.</source>
            <translation>
                <numerusform>%n Interview ist noch offen: Die Kennzahlen können sich ändern.</numerusform>
                <numerusform>%n Interviews sind noch offen: Die Kennzahlen können sich ändern.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interviews.</source>
            <translation>
                <numerusform>%n abgegebenes Interview.</numerusform>
                <numerusform>%n abgegebene Interviews.</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall {overall}, first impression {impression}, structured questions {structured} (0-100).</source>
            <translation>Gesamt {overall}, erster Eindruck {impression}, strukturierte Fragen {structured} (0–100).</translation>
        </message>
        <message>
            <source>Panel debrief · {position} · printed {day}</source>
            <translation>Nachbesprechung des Gremiums · {position} · gedruckt am {day}</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>Noch keine Entscheidung.</translation>
        </message>
        <message>
            <source>{decision}: {rationale} ({who}, {day}, {after})</source>
            <translation>{decision}: {rationale} ({who}, {day}, {after})</translation>
        </message>
        <message>
            <source>Before: {decision}, {day}, {who}: {rationale}</source>
            <translation>Zuvor: {decision}, {day}, {who}: {rationale}</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>Interviewer/in</translation>
        </message>
        <message>
            <source>Impression</source>
            <translation>Eindruck</translation>
        </message>
        <message>
            <source>As score</source>
            <translation>Als Wert</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukt.</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <source>Recommends</source>
            <translation>Empfiehlt</translation>
        </message>
        <message>
            <source>First impression and evidence</source>
            <translation>Erster Eindruck und Belege</translation>
        </message>
        <message>
            <source>Gap: the first impression minus the structured score, in points (0-100 scale); {mark} marks a gap as large as the table flags: the impression and the answers disagree.</source>
            <translation>Abstand: der erste Eindruck minus die strukturierte Bewertung, in Punkten (Skala 0–100); {mark} kennzeichnet einen Abstand, so groß wie ihn die Tabelle markiert: Eindruck und Antworten gehen auseinander.</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Streuung</translation>
        </message>
        <message numerus="yes">
            <source>{mark} %n questions with levels two or more apart: discuss these first.</source>
            <translation>
                <numerusform>{mark} %n Frage mit Stufen zwei oder mehr auseinander: zuerst besprechen.</numerusform>
                <numerusform>{mark} %n Fragen mit Stufen zwei oder mehr auseinander: diese zuerst besprechen.</numerusform>
            </translation>
        </message>
        <message>
            <source>No question has levels two or more apart.</source>
            <translation>Bei keiner Frage liegen die Stufen zwei oder mehr auseinander.</translation>
        </message>
        <message>
            <source>Questions, most disagreement first</source>
            <translation>Fragen, die uneinigsten zuerst</translation>
        </message>
        <message>
            <source>Notes where the panel disagrees</source>
            <translation>Notizen, wo das Gremium uneins ist</translation>
        </message>
        <message>
            <source>The notes did not fit three pages: the candidate summary has them all.</source>
            <translation>Die Notizen passten nicht auf drei Seiten: Die Zusammenfassung der Person enthält sie alle.</translation>
        </message>
        <message>
            <source>Notes marked … are shortened; the candidate summary has them in full.</source>
            <translation>Mit … markierte Notizen sind gekürzt; die Zusammenfassung der Person enthält sie vollständig.</translation>
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message>
            <source>Debrief · hireapp</source>
            <translation>Nachbesprechung · hireapp</translation>
        </message>
        <message>
            <source>Loading the debrief…</source>
            <translation>Die Nachbesprechung wird geladen…</translation>
        </message>
        <message>
            <source>Where the panel stands</source>
            <translation>Wo das Gremium steht</translation>
        </message>
        <message>
            <source>Interviewers: first impression and evidence</source>
            <translation>Interviewende: erster Eindruck und Belege</translation>
        </message>
        <message>
            <source>Questions, most disagreement first</source>
            <translation>Fragen, die uneinigsten zuerst</translation>
        </message>
        <message>
            <source>Notes on the chosen question</source>
            <translation>Notizen zur gewählten Frage</translation>
        </message>
        <message>
            <source>Choose a question to read every note on it.</source>
            <translation>Wählen Sie eine Frage, um alle Notizen dazu zu lesen.</translation>
        </message>
        <message>
            <source>First &amp;impression and evidence</source>
            <translation>Erster Eindruck und Bele&amp;ge</translation>
        </message>
        <message>
            <source>&amp;Questions, most disagreement first</source>
            <translation>&amp;Fragen, die uneinigsten zuerst</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>No&amp;tizen</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>Entscheidung</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>Noch keine Entscheidung.</translation>
        </message>
        <message>
            <source>Current decision</source>
            <translation>Aktuelle Entscheidung</translation>
        </message>
        <message>
            <source>Earlier decisions</source>
            <translation>Frühere Entscheidungen</translation>
        </message>
        <message>
            <source>– choose –</source>
            <translation>– wählen –</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>Begründung</translation>
        </message>
        <message>
            <source>Why the panel decided so, in a sentence or two; required</source>
            <translation>Warum das Gremium so entschieden hat, in ein, zwei Sätzen; Pflichtfeld</translation>
        </message>
        <message>
            <source>Why, in a sentence or two (required)</source>
            <translation>Warum, in ein, zwei Sätzen (Pflichtfeld)</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>Entschieden von</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>&amp;Entscheidung:</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>&amp;Begründung:</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>Entschieden &amp;von:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>Re&amp;cord the decision</source>
            <translation>Entscheidung fest&amp;halten</translation>
        </message>
        <message>
            <source>Record the decision (Ctrl+Return)</source>
            <translation>Die Entscheidung festhalten (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Weiter im Verfahren</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Einstellen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>Strong no</source>
            <translation>Klares Nein</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>Klares Ja</translation>
        </message>
        <message>
            <source>Debrie&amp;f</source>
            <translation>&amp;Nachbesprechung</translation>
        </message>
        <message>
            <source>Recor&amp;d the decision</source>
            <translation>&amp;Entscheidung festhalten</translation>
        </message>
        <message>
            <source>Record an &amp;outcome of the hire…</source>
            <translation>Ergebnis der Einstellung erfassen (&amp;Outcome)…</translation>
        </message>
        <message>
            <source>Pre&amp;view the debrief…</source>
            <translation>&amp;Vorschau der Nachbesprechung…</translation>
        </message>
        <message>
            <source>&amp;Print the debrief…</source>
            <translation>Nachbesprechung &amp;drucken…</translation>
        </message>
        <message>
            <source>&amp;Save the debrief as PDF…</source>
            <translation>Nachbesprechung als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Nachbesprechung</translation>
        </message>
        <message>
            <source>Not shown.</source>
            <translation>Nicht angezeigt.</translation>
        </message>
        <message>
            <source>Debrief: {name} · hireapp</source>
            <translation>Nachbesprechung: {name} · hireapp</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interviews.</source>
            <translation>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n abgegebenes Interview.</numerusform>
                <numerusform>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n abgegebene Interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n interviews still open: the figures may change.</source>
            <translation>
                <numerusform>⚠ %n Interview noch offen: Die Kennzahlen können sich ändern.</numerusform>
                <numerusform>⚠ %n Interviews noch offen: Die Kennzahlen können sich ändern.</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall {overall}, first impression {impression}, structured {structured} (0-100).</source>
            <translation>Gesamt {overall}, erster Eindruck {impression}, strukturiert {structured} (0–100).</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>Interviewer/in</translation>
        </message>
        <message>
            <source>Impression</source>
            <translation>Eindruck</translation>
        </message>
        <message>
            <source>As score</source>
            <translation>Als Wert</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukturiert</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>Abstand</translation>
        </message>
        <message>
            <source>Recommends</source>
            <translation>Empfiehlt</translation>
        </message>
        <message>
            <source>The first impression minus the structured score, in points; {mark} marks a gap as large as the table flags</source>
            <translation>Der erste Eindruck minus die strukturierte Bewertung, in Punkten; {mark} kennzeichnet einen Abstand, so groß wie ihn die Tabelle markiert</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>Streuung</translation>
        </message>
        <message>
            <source>Levels two or more apart: discuss this first</source>
            <translation>Stufen zwei oder mehr auseinander: zuerst besprechen</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>nicht gestellt</translation>
        </message>
        <message>
            <source>skipped: {reason}</source>
            <translation>übersprungen: {reason}</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>(keine Notiz)</translation>
        </message>
        <message>
            <source>&lt;b&gt;{decision}&lt;/b&gt;: {rationale}&lt;br&gt;{by}, {when}, {after}.</source>
            <translation>&lt;b&gt;{decision}&lt;/b&gt;: {rationale}&lt;br&gt;{by}, {when}, {after}.</translation>
        </message>
        <message>
            <source>Before: {decision}, {when}, {by}: {rationale}</source>
            <translation>Zuvor: {decision}, {when}, {by}: {rationale}</translation>
        </message>
        <message>
            <source>Choose the decision.</source>
            <translation>Wählen Sie die Entscheidung.</translation>
        </message>
        <message>
            <source>Write the rationale: why the panel decided so.</source>
            <translation>Schreiben Sie die Begründung: warum das Gremium so entschieden hat.</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>Geben Sie an, wer entschieden hat.</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Die Entscheidung festhalten</translation>
        </message>
        <message>
            <source>Recorded: {decision}.</source>
            <translation>Festgehalten: {decision}.</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>Nicht festgehalten: {error}</translation>
        </message>
        <message>
            <source>Outcome at {days} days recorded.</source>
            <translation>Ergebnis nach {days} Tagen erfasst.</translation>
        </message>
        <message>
            <source>Close the debrief</source>
            <translation>Nachbesprechung schließen</translation>
        </message>
        <message>
            <source>The decision you typed is not recorded. Close and discard it?</source>
            <translation>Die eingegebene Entscheidung ist nicht festgehalten. Schließen und verwerfen?</translation>
        </message>
        <message>
            <source>Debrief PDF</source>
            <translation>Nachbesprechung als PDF</translation>
        </message>
        <message>
            <source>Preparing the debrief…</source>
            <translation>Die Nachbesprechung wird vorbereitet…</translation>
        </message>
        <message>
            <source>Save the debrief as PDF</source>
            <translation>Die Nachbesprechung als PDF speichern</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>Gespeichert in {path}</translation>
        </message>
    </context>
    <context>
        <name>Decision</name>
        <message>
            <source>Advance</source>
            <translation>Weiter im Verfahren</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Einstellen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Zurückgestellt</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>strong no</source>
            <translation>klares Nein</translation>
        </message>
        <message>
            <source>no</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>strong yes</source>
            <translation>klares Ja</translation>
        </message>
        <message>
            <source>active</source>
            <translation>aktiv</translation>
        </message>
        <message>
            <source>hired</source>
            <translation>eingestellt</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>abgelehnt</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>zurückgezogen</translation>
        </message>
        <message>
            <source>interviewed</source>
            <translation>interviewt</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>in Arbeit</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>wartend</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>schwach</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>good</source>
            <translation>gut</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>ausgezeichnet</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>zu wenige Daten</translation>
        </message>
        <message>
            <source>hidden until you submit</source>
            <translation>verborgen bis zur Abgabe</translation>
        </message>
        <message>
            <source>Hidden until you submit your own interview of this candidate, so that colleagues' scores cannot colour yours.</source>
            <translation>Verborgen, bis Sie Ihr eigenes Interview mit dieser Person abgeben, damit die Bewertungen Ihrer Kolleginnen und Kollegen Ihre nicht beeinflussen.</translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s).</source>
            <translation>
                <numerusform>%n abgegebenes Interview.</numerusform>
                <numerusform>%n abgegebene Interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s)</source>
            <translation>
                <numerusform>%n abgegebenes Interview</numerusform>
                <numerusform>%n abgegebene Interviews</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{submitted} and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
            <translation>
                <numerusform>{submitted} und %n Entwurf in Arbeit (die Zahl in Klammern); Entwürfe zählen in keiner Kennzahl, bis sie abgegeben sind.</numerusform>
                <numerusform>{submitted} und %n Entwürfe in Arbeit (die Zahl in Klammern); Entwürfe zählen in keiner Kennzahl, bis sie abgegeben sind.</numerusform>
            </translation>
        </message>
        <message>
            <source>Where an interviewer recorded both, the first impression matched the structured score.</source>
            <translation>Wo Interviewende beides festhielten, stimmte der erste Eindruck mit der strukturierten Bewertung überein.</translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
            <translation>
                <numerusform>Wo Interviewende beides festhielten, lag der erste Eindruck im Mittel %n Punkt ({levels} Stufen) über der strukturierten Bewertung: Die Person wirkte in den ersten 30 Sekunden besser, als ihre Antworten belegen.</numerusform>
                <numerusform>Wo Interviewende beides festhielten, lag der erste Eindruck im Mittel %n Punkte ({levels} Stufen) über der strukturierten Bewertung: Die Person wirkte in den ersten 30 Sekunden besser, als ihre Antworten belegen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
            <translation>
                <numerusform>Wo Interviewende beides festhielten, lag der erste Eindruck im Mittel %n Punkt ({levels} Stufen) unter der strukturierten Bewertung: Die Antworten waren stärker, als die ersten 30 Sekunden vermuten ließen.</numerusform>
                <numerusform>Wo Interviewende beides festhielten, lag der erste Eindruck im Mittel %n Punkte ({levels} Stufen) unter der strukturierten Bewertung: Die Antworten waren stärker, als die ersten 30 Sekunden vermuten ließen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>Weiter im Verfahren</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>Einstellen</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>Absagen</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>Zurückgestellt</translation>
        </message>
        <message>
            <source>† Seen by one interviewer only: the adjustment rests on how that interviewer rated other candidates, and the interval is wider.</source>
            <translation>† Nur von einer Person interviewt: Die Bereinigung beruht darauf, wie diese Person andere bewertet hat, und das Intervall ist breiter.</translation>
        </message>
        <message>
            <source>Fair score {adjusted} of 100 (80% interval {low} to {high}) beside the structured score {raw}: the interviewers' leniency or severity taken out, shrunk toward the position's mean where it rests on few interviews.</source>
            <translation>Fairer Wert {adjusted} von 100 (80-%-Intervall {low} bis {high}) neben der strukturierten Bewertung {raw}: die Milde oder Strenge der Interviewenden herausgerechnet und, wo er auf wenigen Interviews beruht, zum Mittelwert der Stelle hin gezogen.</translation>
        </message>
    </context>
    <context>
        <name>ImpressionPage</name>
        <message>
            <source>Candidate &amp;arrived (Space)</source>
            <translation>Person ist &amp;da (Leertaste)</translation>
        </message>
        <message>
            <source>Candidate arrived: start the countdown</source>
            <translation>Person ist da: Countdown starten</translation>
        </message>
        <message>
            <source>First-impression countdown</source>
            <translation>Countdown des ersten Eindrucks</translation>
        </message>
        <message>
            <source>Time left for the first impression</source>
            <translation>Verbleibende Zeit für den ersten Eindruck</translation>
        </message>
        <message numerus="yes">
            <source>Press Space when the candidate walks in: the impression is taken in the first %n seconds.</source>
            <translation>
                <numerusform>Drücken Sie die Leertaste, wenn die Person hereinkommt: Der Eindruck entsteht in der ersten Sekunde.</numerusform>
                <numerusform>Drücken Sie die Leertaste, wenn die Person hereinkommt: Der Eindruck entsteht in den ersten %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Likeability</source>
            <translation>Sympathie</translation>
        </message>
        <message>
            <source>Cue: {cue}</source>
            <translation>Merkmal: {cue}</translation>
        </message>
        <message>
            <source>Tick it if you observed this in the first seconds; it is saved at once.</source>
            <translation>Ankreuzen, wenn Sie es in den ersten Sekunden beobachtet haben; es wird sofort gespeichert.</translation>
        </message>
        <message>
            <source>Observed:</source>
            <translation>Beobachtet:</translation>
        </message>
        <message>
            <source>One line: what you noticed</source>
            <translation>Eine Zeile: Was ist Ihnen aufgefallen?</translation>
        </message>
        <message>
            <source>First impression note</source>
            <translation>Notiz zum ersten Eindruck</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>&amp;Notiz:</translation>
        </message>
        <message>
            <source>A&amp;mend impression…</source>
            <translation>Eindruck &amp;ändern…</translation>
        </message>
        <message>
            <source>Amend the locked first impression</source>
            <translation>Den gesperrten ersten Eindruck ändern</translation>
        </message>
        <message>
            <source>First impression page</source>
            <translation>Seite „Erster Eindruck“</translation>
        </message>
        <message numerus="yes">
            <source>Not started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>Nicht gestartet: %n Sekunde ab der Ankunft der Person.</numerusform>
                <numerusform>Nicht gestartet: %n Sekunden ab der Ankunft der Person.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds left.</source>
            <translation>
                <numerusform>Noch %n Sekunde.</numerusform>
                <numerusform>Noch %n Sekunden.</numerusform>
            </translation>
        </message>
        <message>
            <source>Watch the greeting. Choose a level with keys 1-5.</source>
            <translation>Achten Sie auf die Begrüßung. Wählen Sie eine Stufe mit den Tasten 1–5.</translation>
        </message>
        <message numerus="yes">
            <source>Started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>Gestartet: %n Sekunde ab der Ankunft der Person.</numerusform>
                <numerusform>Gestartet: %n Sekunden ab der Ankunft der Person.</numerusform>
            </translation>
        </message>
        <message>
            <source>Impression taken {seconds} s after arrival.</source>
            <translation>Eindruck {seconds} s nach der Ankunft festgehalten.</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds are up. Record your impression now, then move on to the questions (Alt+Right).</source>
            <translation>
                <numerusform>%n Sekunde ist um. Halten Sie Ihren Eindruck jetzt fest und gehen Sie dann zu den Fragen (Alt+Rechts).</numerusform>
                <numerusform>%n Sekunden sind um. Halten Sie Ihren Eindruck jetzt fest und gehen Sie dann zu den Fragen (Alt+Rechts).</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up. You can still choose or change the level.</source>
            <translation>Die Zeit ist um. Sie können die Stufe weiterhin wählen oder ändern.</translation>
        </message>
        <message>
            <source>Recorded {seconds} s after arrival.</source>
            <translation>Festgehalten {seconds} s nach der Ankunft.</translation>
        </message>
        <message>
            <source>Locked when the questions began, so it cannot be revised in hindsight.</source>
            <translation>Gesperrt, als die Fragen begannen, damit er nicht im Nachhinein geändert werden kann.</translation>
        </message>
        <message>
            <source>No arrival was noted before the questions began.</source>
            <translation>Vor Beginn der Fragen wurde keine Ankunft vermerkt.</translation>
        </message>
        <message>
            <source>Recorded, and locked when the questions began.</source>
            <translation>Festgehalten und mit Beginn der Fragen gesperrt.</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>&lt;b&gt;Halo: where the first impression and the evidence disagree.&lt;/b&gt; For every submitted interview, the 30-second likeability and the structured score (the anchored answers) are both on 0-100, where one anchor level is 25 points. The gap is impression minus structured. A candidate is flagged ⚠ when the mean gap is {threshold} points (one level) or more either way. A large positive gap means the candidate was liked more than their answers support, so check that liking is not deciding; a large negative gap means good answers from someone who made a weak first impression.</source>
            <translation>&lt;b&gt;Halo: wo erster Eindruck und Belege auseinandergehen.&lt;/b&gt; Für jedes abgegebene Interview liegen die Sympathie der ersten 30 Sekunden und die strukturierte Bewertung (die verankerten Antworten) beide auf 0–100, wobei eine Ankerstufe 25 Punkte ist. Der Abstand ist Eindruck minus strukturierte Bewertung. Eine Person wird mit ⚠ markiert, wenn der mittlere Abstand {threshold} Punkte (eine Stufe) oder mehr in eine der beiden Richtungen beträgt. Ein großer positiver Abstand heißt, die Person wurde mehr gemocht, als ihre Antworten stützen; prüfen Sie also, dass nicht die Sympathie entscheidet. Ein großer negativer Abstand heißt: gute Antworten von jemandem mit schwachem ersten Eindruck.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Interviewers: leniency and what their first impression predicts.&lt;/b&gt; &lt;i&gt;Leniency&lt;/i&gt; compares each interviewer with the colleagues who interviewed the same candidates: for each shared candidate, their structured score minus the mean of the others' scores, averaged. +10 means they score about 10 points (0.4 of a level) higher than colleagues who saw the same people; read figures near 0 as calibrated. &lt;i&gt;Impression → score&lt;/i&gt; is the correlation (Pearson's r, -1 to 1) between their first impressions and their own structured scores: near 1, their answers' scores follow their first liking closely, which may be a halo in their scoring; near 0, they score the answers independently of it. It needs at least {pairs} interviews with both parts and some variation. &lt;i&gt;Mean gap&lt;/i&gt; and &lt;i&gt;flagged&lt;/i&gt; show how often their own interviews have a halo gap.</source>
            <translation>&lt;b&gt;Interviewende: Milde und was ihr erster Eindruck vorhersagt.&lt;/b&gt; &lt;i&gt;Milde&lt;/i&gt; vergleicht alle Interviewenden mit den Kolleginnen und Kollegen, die dieselben Personen interviewt haben: für jede gemeinsame Person ihre strukturierte Bewertung minus den Mittelwert der anderen, gemittelt. +10 heißt, sie bewerten etwa 10 Punkte (0,4 einer Stufe) höher als Kolleginnen und Kollegen, die dieselben Menschen gesehen haben; Werte nahe 0 gelten als kalibriert. &lt;i&gt;Eindruck → Bewertung&lt;/i&gt; ist die Korrelation (Pearsons r, −1 bis 1) zwischen ihren ersten Eindrücken und ihren eigenen strukturierten Bewertungen: Nahe 1 folgen die Bewertungen der Antworten eng der ersten Sympathie, was ein Halo in ihrer Bewertung sein kann; nahe 0 bewerten sie die Antworten unabhängig davon. Dafür braucht es mindestens {pairs} Interviews mit beiden Teilen und etwas Streuung. &lt;i&gt;Mittlerer Abstand&lt;/i&gt; und &lt;i&gt;markiert&lt;/i&gt; zeigen, wie oft ihre eigenen Interviews einen Halo-Abstand haben.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Agreement: is a question scored consistently?&lt;/b&gt; For each question, the intraclass correlation ICC(1) says how much of the variation in its scores lies between candidates rather than between interviewers scoring the same candidate. 1 means interviewers always agree; near 0 means a score says more about who asked than about the candidate. Read below .5 as poor, .5-.75 moderate, .75-.9 good, above .9 excellent. &lt;i&gt;Spread&lt;/i&gt; is the typical difference, in levels, between two interviewers' scores of the same candidate. Questions with poor agreement need clearer anchors or interviewer training.</source>
            <translation>&lt;b&gt;Übereinstimmung: Wird eine Frage einheitlich bewertet?&lt;/b&gt; Für jede Frage gibt die Intraklassenkorrelation ICC(1) an, wie viel der Streuung ihrer Bewertungen zwischen den Personen liegt statt zwischen Interviewenden, die dieselbe Person bewerten. 1 heißt, die Interviewenden sind sich immer einig; nahe 0 heißt, eine Bewertung sagt mehr darüber, wer gefragt hat, als über die Person. Unter ,5 gilt als schwach, ,5–,75 als mäßig, ,75–,9 als gut, über ,9 als ausgezeichnet. &lt;i&gt;Streuung&lt;/i&gt; ist der typische Unterschied, in Stufen, zwischen den Bewertungen zweier Interviewender für dieselbe Person. Fragen mit schwacher Übereinstimmung brauchen klarere Anker oder eine Schulung der Interviewenden.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Order effects: does the time of day change a score?&lt;/b&gt; Per interviewer, each submitted interview's structured score (the anchored answers, 0-100, without the first impression) by its place in that interviewer's day, in this computer's time zone: the mean of their 1st, 2nd, 3rd, 4th and 5th or later interviews of a day. &lt;i&gt;Running mean&lt;/i&gt; is the correlation (Pearson's r) between a score and the mean of the same day's earlier scores, with its 95% interval and n: positive means scores drift toward the day's earlier ones, negative means a candidate after strong ones scores lower (contrast). It is called a drift only when the interval excludes 0. Interviews starting less than {hours} hours apart on one day are &lt;i&gt;in a row&lt;/i&gt;; {mark} marks an interviewer who did more than {limit} in a row, when tiredness may tell. Candidates are not booked at random, so a pattern may come from the booking rather than the interviewer.</source>
            <translation>&lt;b&gt;Reihenfolgeeffekte: Ändert die Tageszeit eine Bewertung?&lt;/b&gt; Je Interviewer die strukturierte Bewertung jedes abgeschlossenen Interviews (die verankerten Antworten, 0-100, ohne den ersten Eindruck) nach seinem Platz im Tag dieses Interviewers, in der Zeitzone dieses Computers: der Mittelwert seiner 1., 2., 3., 4. und 5. oder späteren Interviews eines Tages. &lt;i&gt;Laufender Mittelwert&lt;/i&gt; ist die Korrelation (Pearsons r) zwischen einer Bewertung und dem Mittelwert der früheren Bewertungen desselben Tages, mit 95-%-Intervall und n: positiv heißt, die Bewertungen nähern sich den früheren des Tages an; negativ heißt, wer nach starken Kandidaten kommt, wird niedriger bewertet (Kontrast). Von einer Annäherung ist nur die Rede, wenn das Intervall 0 ausschließt. Interviews, die an einem Tag weniger als {hours} Stunden nacheinander beginnen, sind &lt;i&gt;in Folge&lt;/i&gt;; {mark} markiert einen Interviewer, der mehr als {limit} in Folge geführt hat, wenn Müdigkeit sich zeigen kann. Termine werden nicht zufällig vergeben; ein Muster kann also von der Terminplanung statt vom Interviewer kommen.</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>Wird berechnet…</translation>
        </message>
        <message>
            <source>What the {tab} figures mean</source>
            <translation>Was die Kennzahlen unter {tab} bedeuten</translation>
        </message>
        <message>
            <source>Hover over or select a row to read what its figures mean</source>
            <translation>Zeigen Sie auf eine Zeile oder wählen Sie sie, um zu lesen, was ihre Kennzahlen bedeuten</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukturiert</translation>
        </message>
        <message>
            <source>Gap (points)</source>
            <translation>Abstand (Punkte)</translation>
        </message>
        <message>
            <source>Gap (levels)</source>
            <translation>Abstand (Stufen)</translation>
        </message>
        <message>
            <source>{name} shared no candidate with a colleague: no leniency yet.</source>
            <translation>{name} hatte keine Person mit Kolleginnen oder Kollegen gemeinsam: noch keine Milde.</translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>{name} bewertet {points} Punkte ({levels} Stufen) milder als Kolleginnen und Kollegen bei derselben %n Person.</numerusform>
                <numerusform>{name} bewertet {points} Punkte ({levels} Stufen) milder als Kolleginnen und Kollegen bei denselben %n Personen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>{name} bewertet {points} Punkte ({levels} Stufen) strenger als Kolleginnen und Kollegen bei derselben %n Person.</numerusform>
                <numerusform>{name} bewertet {points} Punkte ({levels} Stufen) strenger als Kolleginnen und Kollegen bei denselben %n Personen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>Interviewer/in</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Leniency</source>
            <translation>Milde</translation>
        </message>
        <message>
            <source>Shared candidates</source>
            <translation>Gemeinsame Personen</translation>
        </message>
        <message>
            <source>Impression → score</source>
            <translation>Eindruck → Bewertung</translation>
        </message>
        <message>
            <source>Mean gap</source>
            <translation>Mittlerer Abstand</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>Markiert</translation>
        </message>
        <message numerus="yes">
            <source>{title}: ICC(1) over %n candidate(s) with two or more ratings ({ratings})</source>
            <translation>
                <numerusform>{title}: ICC(1) über %n Person mit zwei oder mehr Bewertungen ({ratings})</numerusform>
                <numerusform>{title}: ICC(1) über %n Personen mit zwei oder mehr Bewertungen ({ratings})</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>%n Bewertung</numerusform>
                <numerusform>%n Bewertungen</numerusform>
            </translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>ICC(1)</source>
            <translation>ICC(1)</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Personen</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>Bewertungen</translation>
        </message>
        <message>
            <source>Spread (levels)</source>
            <translation>Streuung (Stufen)</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>1.</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>2.</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>3.</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>4.</translation>
        </message>
        <message>
            <source>5th+</source>
            <translation>5.+</translation>
        </message>
        <message>
            <source>Scores drift toward the day's earlier scores.</source>
            <translation>Die Bewertungen nähern sich den früheren des Tages an.</translation>
        </message>
        <message>
            <source>Scores move away from the day's earlier scores (a contrast effect).</source>
            <translation>Die Bewertungen entfernen sich von den früheren des Tages (ein Kontrasteffekt).</translation>
        </message>
        <message>
            <source>Too few interviews, or too little variation, to tell.</source>
            <translation>Zu wenige Interviews oder zu wenig Streuung für eine Aussage.</translation>
        </message>
        <message>
            <source>No clear drift with the day's earlier scores.</source>
            <translation>Keine klare Annäherung an die früheren Bewertungen des Tages.</translation>
        </message>
        <message>
            <source>Longest run: {count}</source>
            <translation>Längste Folge: {count}</translation>
        </message>
        <message>
            <source>{mark} {count} interviews in a row on {day}</source>
            <translation>{mark} {count} Interviews in Folge am {day}</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>{low} bis {high}</translation>
        </message>
        <message numerus="yes">
            <source>{slot}: {mean} over %n interview(s)</source>
            <translation>
                <numerusform>{slot}: {mean} über %n Interview</numerusform>
                <numerusform>{slot}: {mean} über %n Interviews</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, mean structured score by place in the day: {means}. {drift} {row}</source>
            <translation>{name}, mittlere strukturierte Bewertung nach Platz im Tag: {means}. {drift} {row}</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>Tage</translation>
        </message>
        <message>
            <source>Running mean r</source>
            <translation>Laufender Mittelwert r</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>95-%-Intervall</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>Deutung</translation>
        </message>
        <message>
            <source>In a row</source>
            <translation>In Folge</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>Einblick</translation>
        </message>
        <message>
            <source>What the figures are based on</source>
            <translation>Worauf die Kennzahlen beruhen</translation>
        </message>
        <message>
            <source>Insight figures</source>
            <translation>Kennzahlen des Einblicks</translation>
        </message>
        <message>
            <source>No submitted interviews here yet: the figures appear once interviews are submitted. Try another position, or all positions.</source>
            <translation>Hier gibt es noch keine abgegebenen Interviews: Die Kennzahlen erscheinen, sobald Interviews abgegeben sind. Versuchen Sie eine andere Stelle oder alle Stellen.</translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>%Ln Person</numerusform>
                <numerusform>%Ln Personen</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Based on %Ln submitted interview(s) of {candidates}. Hover over a row for its meaning.</source>
            <translation>
                <numerusform>Beruht auf %Ln abgegebenem Interview mit {candidates}. Zeigen Sie auf eine Zeile, um ihre Bedeutung zu lesen.</numerusform>
                <numerusform>Beruht auf %Ln abgegebenen Interviews mit {candidates}. Zeigen Sie auf eine Zeile, um ihre Bedeutung zu lesen.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) you are still interviewing left out of every figure until you submit your own interview.</source>
            <translation>
                <numerusform>%Ln Person, die Sie noch interviewen, fehlt in allen Kennzahlen, bis Sie Ihr eigenes Interview abgeben.</numerusform>
                <numerusform>%Ln Personen, die Sie noch interviewen, fehlen in allen Kennzahlen, bis Sie Ihr eigenes Interview abgeben.</numerusform>
            </translation>
        </message>
        <message>
            <source>Halo ({count})</source>
            <translation>Halo ({count})</translation>
        </message>
        <message>
            <source>Candidates flagged ({count})</source>
            <translation>Markierte Personen ({count})</translation>
        </message>
        <message>
            <source>Interviewers</source>
            <translation>Interviewende</translation>
        </message>
        <message>
            <source>Order effects</source>
            <translation>Reihenfolgeeffekte</translation>
        </message>
        <message>
            <source>The figures could not be computed: {reason}</source>
            <translation>Die Kennzahlen konnten nicht berechnet werden: {reason}</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>Die Kennzahlen konnten nicht berechnet werden.</translation>
        </message>
    </context>
    <context>
        <name>InterviewWindow</name>
        <message>
            <source>⏳ Waiting for the database…</source>
            <translation>⏳ Warte auf die Datenbank…</translation>
        </message>
        <message>
            <source>⚠ Database file gone: changes kept here</source>
            <translation>⚠ Datenbankdatei fehlt: Änderungen bleiben hier</translation>
        </message>
        <message>
            <source>Interview: {name} · {position} · hireapp</source>
            <translation>Interview: {name} · {position} · hireapp</translation>
        </message>
        <message>
            <source>interviewer {name}</source>
            <translation>Interviewer/in {name}</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Speicherstatus</translation>
        </message>
        <message>
            <source>Save everything to a new &amp;file… (Ctrl+Shift+S)</source>
            <translation>Alles in einer neuen &amp;Datei speichern… (Strg+Umschalt+S)</translation>
        </message>
        <message>
            <source>◀ &amp;Back (Alt+Left)</source>
            <translation>◀ &amp;Zurück (Alt+Links)</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige Seite</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>Seite</translation>
        </message>
        <message>
            <source>Ne&amp;xt (Alt+Right) ▶</source>
            <translation>&amp;Weiter (Alt+Rechts) ▶</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>&amp;Interview</source>
            <translation>&amp;Interview</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>&amp;Nächste Seite</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>&amp;Vorige Seite</translation>
        </message>
        <message>
            <source>S&amp;kip question…</source>
            <translation>Frage über&amp;springen…</translation>
        </message>
        <message>
            <source>&amp;Wrap-up and review</source>
            <translation>&amp;Abschluss und Überblick</translation>
        </message>
        <message>
            <source>&amp;Submit interview…</source>
            <translation>Interview a&amp;bgeben…</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Save everything to a new &amp;file…</source>
            <translation>Alles in einer neuen &amp;Datei speichern…</translation>
        </message>
        <message>
            <source>No first impression yet</source>
            <translation>Noch kein erster Eindruck</translation>
        </message>
        <message>
            <source>No first impression is recorded yet. Move on anyway? It stays open until you answer the first question.</source>
            <translation>Es ist noch kein erster Eindruck festgehalten. Trotzdem weitergehen? Er bleibt offen, bis Sie die erste Frage beantworten.</translation>
        </message>
        <message>
            <source>&amp;Move on</source>
            <translation>&amp;Weitergehen</translation>
        </message>
        <message>
            <source>&amp;Stay</source>
            <translation>&amp;Bleiben</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>Wrap-up</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>{number} von {count}</translation>
        </message>
        <message>
            <source>Read-only: {reason}. Close and open it again to take it over.</source>
            <translation>Nur lesbar: {reason}. Schließen und erneut öffnen, um es zu übernehmen.</translation>
        </message>
        <message>
            <source>Interview open elsewhere</source>
            <translation>Interview anderswo geöffnet</translation>
        </message>
        <message>
            <source>The interview with {name} is open for writing by {holder} since {time}.

Open it here read-only, or take it over: that window then can no longer save, and the take-over is recorded.</source>
            <translation>Das Interview mit {name} ist seit {time} von {holder} zum Schreiben geöffnet.

Öffnen Sie es hier nur lesbar oder übernehmen Sie es: Das andere Fenster kann dann nicht mehr speichern, und die Übernahme wird protokolliert.</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>Nur &amp;lesbar öffnen</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>Ü&amp;bernehmen</translation>
        </message>
        <message>
            <source>Taken over from {holder}.</source>
            <translation>Von {holder} übernommen.</translation>
        </message>
        <message>
            <source>Read-only: {holder} has this interview open for writing since {time}. Close and open it again to take it over.</source>
            <translation>Nur lesbar: {holder} hat dieses Interview seit {time} zum Schreiben geöffnet. Schließen und erneut öffnen, um es zu übernehmen.</translation>
        </message>
        <message>
            <source>⚠ Not saved: {reason}.</source>
            <translation>⚠ Nicht gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>⚠ Not saved</source>
            <translation>⚠ Nicht gespeichert</translation>
        </message>
        <message>
            <source>The database file was deleted or replaced: your changes are kept in this window until you save everything to a new file.</source>
            <translation>Die Datenbankdatei wurde gelöscht oder ersetzt: Ihre Änderungen bleiben in diesem Fenster, bis Sie alles in einer neuen Datei speichern.</translation>
        </message>
        <message>
            <source>{file} is no longer the file hireapp opened.</source>
            <translation>{file} ist nicht mehr die Datei, die hireapp geöffnet hat.</translation>
        </message>
        <message>
            <source>Save everything to a new file</source>
            <translation>Alles in einer neuen Datei speichern</translation>
        </message>
        <message>
            <source>hireapp database (*.sqlite3);;All files (*)</source>
            <translation>hireapp-Datenbank (*.sqlite3);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}.</source>
            <translation>Nichts wurde gespeichert: {reason}.</translation>
        </message>
        <message>
            <source>Everything is saved in {path} ({candidates} candidates, {interviews} interviews), and hireapp goes on in that file. Next time, open it with: hireapp --db {path}</source>
            <translation>Alles ist in {path} gespeichert ({candidates} Bewerbungen, {interviews} Interviews), und hireapp arbeitet in dieser Datei weiter. Beim nächsten Mal öffnen Sie sie mit: hireapp --db {path}</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>Speichern…</translation>
        </message>
        <message>
            <source>The database has not answered yet: another program may be writing to it.
Your changes are kept in order and saved as soon as it answers.</source>
            <translation>Die Datenbank hat noch nicht geantwortet: Vielleicht schreibt gerade ein anderes Programm hinein.
Ihre Änderungen bleiben in ihrer Reihenfolge erhalten und werden gespeichert, sobald sie antwortet.</translation>
        </message>
        <message>
            <source>Your changes are kept in order and saved as soon as it answers.</source>
            <translation>Ihre Änderungen bleiben in ihrer Reihenfolge erhalten und werden gespeichert, sobald sie antwortet.</translation>
        </message>
        <message>
            <source>✓ All changes saved {time}</source>
            <translation>✓ Alle Änderungen gespeichert {time}</translation>
        </message>
        <message>
            <source>Every change is saved as you make it; there is no Save.</source>
            <translation>Jede Änderung wird sofort gespeichert; ein Speichern gibt es nicht.</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>Speichern</translation>
        </message>
        <message numerus="yes">
            <source>{action} has to wait: %n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>{action} muss warten: %n Änderung ist noch nicht gespeichert (die Datenbank ist belegt).</numerusform>
                <numerusform>{action} muss warten: %n Änderungen sind noch nicht gespeichert (die Datenbank ist belegt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Amending</source>
            <translation>Das Ändern</translation>
        </message>
        <message>
            <source>Recommendation: {value}</source>
            <translation>Empfehlung: {value}</translation>
        </message>
        <message>
            <source>Submitting</source>
            <translation>Das Abgeben</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>die Empfehlung</translation>
        </message>
        <message>
            <source>Not submitted yet: still open: {missing}.</source>
            <translation>Noch nicht abgegeben, noch offen: {missing}.</translation>
        </message>
        <message>
            <source>Submit interview</source>
            <translation>Interview abgeben</translation>
        </message>
        <message>
            <source>Submit the interview with {name}? After this nothing in it can be changed.</source>
            <translation>Das Interview mit {name} abgeben? Danach kann nichts mehr daran geändert werden.</translation>
        </message>
        <message>
            <source>Submitted {moment}. This interview is read-only; colleagues' scores for this candidate are now visible to you.</source>
            <translation>Abgegeben am {moment}. Dieses Interview ist nur lesbar; die Bewertungen Ihrer Kolleginnen und Kollegen für diese Person sehen Sie jetzt.</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>nicht festgehalten</translation>
        </message>
        <message>
            <source>First impression: {score}</source>
            <translation>Erster Eindruck: {score}</translation>
        </message>
        <message>
            <source>not answered yet</source>
            <translation>noch nicht beantwortet</translation>
        </message>
        <message>
            <source>skipped ({reason})</source>
            <translation>übersprungen ({reason})</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>Das Schließen</translation>
        </message>
        <message>
            <source>Close interview</source>
            <translation>Interview schließen</translation>
        </message>
        <message numerus="yes">
            <source>The database file was deleted or replaced: %n changes are kept only in this window.</source>
            <translation>
                <numerusform>Die Datenbankdatei wurde gelöscht oder ersetzt: %n Änderung ist nur noch in diesem Fenster vorhanden.</numerusform>
                <numerusform>Die Datenbankdatei wurde gelöscht oder ersetzt: %n Änderungen sind nur noch in diesem Fenster vorhanden.</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save everything to a new file…</source>
            <translation>Alles in einer neuen Datei &amp;speichern…</translation>
        </message>
        <message>
            <source>Close anyway (they are lost)</source>
            <translation>Trotzdem schließen (sie gehen verloren)</translation>
        </message>
        <message numerus="yes">
            <source>%n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>%n Änderung ist noch nicht gespeichert (die Datenbank ist belegt).</numerusform>
                <numerusform>%n Änderungen sind noch nicht gespeichert (die Datenbank ist belegt).</numerusform>
            </translation>
        </message>
        <message>
            <source>Wait</source>
            <translation>Warten</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System ({language})</source>
            <translation>System ({language})</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation>Sprache</translation>
        </message>
        <message>
            <source>The new language applies when hireapp starts again.</source>
            <translation>Die neue Sprache gilt ab dem nächsten Start von hireapp.</translation>
        </message>
    </context>
    <context>
        <name>LevelButton</name>
        <message>
            <source>Level {level}</source>
            <translation>Stufe {level}</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>Taste {key}</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading candidates…</source>
            <translation>Bewerbungen werden geladen…</translation>
        </message>
        <message>
            <source>hireapp: {database}</source>
            <translation>hireapp: {database}</translation>
        </message>
        <message>
            <source>Side &amp;by side…</source>
            <translation>&amp;Nebeneinander…</translation>
        </message>
        <message>
            <source>&amp;Debrief…</source>
            <translation>Nach&amp;besprechung…</translation>
        </message>
        <message>
            <source>Where the interviewers disagree, the panel's decision and the hire's outcomes</source>
            <translation>Wo die Interviewenden uneins sind, die Entscheidung des Gremiums und die Ergebnisse nach der Einstellung</translation>
        </message>
        <message>
            <source>R&amp;ubrics…</source>
            <translation>&amp;Bewertungsbögen…</translation>
        </message>
        <message>
            <source>Rubric versions, where they are used, which questions work</source>
            <translation>Versionen der Bewertungsbögen, wo sie verwendet werden, welche Fragen taugen</translation>
        </message>
        <message>
            <source>&amp;Validity…</source>
            <translation>&amp;Validität…</translation>
        </message>
        <message>
            <source>Does the interview predict how hires do? Figures against outcomes</source>
            <translation>Sagt das Interview voraus, wie sich Eingestellte bewähren? Kennzahlen gegen Ergebnisse</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>&amp;Sprache…</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>Bereit</translation>
        </message>
        <message>
            <source>Select a candidate first.</source>
            <translation>Wählen Sie zuerst eine Person aus.</translation>
        </message>
        <message>
            <source>Save summary as PDF</source>
            <translation>Zusammenfassung als PDF speichern</translation>
        </message>
        <message>
            <source>Select 2 to 10 candidates to compare.</source>
            <translation>Wählen Sie 2 bis 10 Personen zum Vergleichen aus.</translation>
        </message>
        <message>
            <source>Opened your submitted interview of {name}: read only.</source>
            <translation>Ihr abgegebenes Interview mit {name} geöffnet: nur lesbar.</translation>
        </message>
        <message>
            <source>You had already started this interview: resumed.</source>
            <translation>Sie hatten dieses Interview schon begonnen: fortgesetzt.</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>{name} hinzugefügt.</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>Fortsetzen</translation>
        </message>
        <message>
            <source>No unfinished interviews.</source>
            <translation>Keine unfertigen Interviews.</translation>
        </message>
        <message>
            <source>Structured interviews for people who will serve customers well: the 30-second impression recorded on its own, anchored questions, and HR comparisons.</source>
            <translation>Strukturierte Interviews für Menschen, die Kundinnen und Kunden gut bedienen werden: der Eindruck der ersten 30 Sekunden für sich festgehalten, Fragen mit verankerten Stufen und Vergleiche für die Personalabteilung.</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>Datenbank: {database}</translation>
        </message>
        <message>
            <source>About hireapp</source>
            <translation>Über hireapp</translation>
        </message>
        <message>
            <source>The language changes when hireapp starts again.</source>
            <translation>Die Sprache wechselt beim nächsten Start von hireapp.</translation>
        </message>
        <message>
            <source>Not closed: an interview is still saving. It closes by itself once its changes are saved; then quit again.</source>
            <translation>Nicht geschlossen: Ein Interview speichert noch. Es schließt sich von selbst, sobald seine Änderungen gespeichert sind; beenden Sie dann erneut.</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Stelle:</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>&amp;Datei</translation>
        </message>
        <message>
            <source>&amp;Interview</source>
            <translation>&amp;Interview</translation>
        </message>
        <message>
            <source>&amp;Candidates</source>
            <translation>&amp;Bewerbungen</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ansicht</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>&amp;Hilfe</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>Werkzeugleiste</translation>
        </message>
        <message>
            <source>&amp;New interview…</source>
            <translation>&amp;Neues Interview…</translation>
        </message>
        <message>
            <source>Start an interview: choose or create the candidate (Ctrl+N)</source>
            <translation>Ein Interview beginnen: Person wählen oder anlegen (Strg+N)</translation>
        </message>
        <message>
            <source>&amp;Interview selected candidate…</source>
            <translation>Ausgewählte Person &amp;interviewen…</translation>
        </message>
        <message>
            <source>Start or resume your interview of the selected candidate (Enter)</source>
            <translation>Ihr Interview der ausgewählten Person beginnen oder fortsetzen (Eingabe)</translation>
        </message>
        <message>
            <source>&amp;Resume unfinished…</source>
            <translation>Unfertige &amp;fortsetzen…</translation>
        </message>
        <message>
            <source>Interviews that were started but not submitted (Ctrl+R)</source>
            <translation>Begonnene, aber nicht abgegebene Interviews (Strg+R)</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>Neue Be&amp;werbung…</translation>
        </message>
        <message>
            <source>Add a candidate (Ctrl+Shift+N)</source>
            <translation>Eine Bewerbung hinzufügen (Strg+Umschalt+N)</translation>
        </message>
        <message>
            <source>&amp;Import interviews…</source>
            <translation>Interviews &amp;importieren…</translation>
        </message>
        <message>
            <source>Add interviews exported from another machine (JSON)</source>
            <translation>Auf einem anderen Rechner exportierte Interviews hinzufügen (JSON)</translation>
        </message>
        <message>
            <source>&amp;Export interviews…</source>
            <translation>Interviews &amp;exportieren…</translation>
        </message>
        <message>
            <source>Write interviews to a JSON file for another machine</source>
            <translation>Interviews für einen anderen Rechner in eine JSON-Datei schreiben</translation>
        </message>
        <message>
            <source>Impor&amp;t candidates from CSV…</source>
            <translation>Bewerbungen aus &amp;CSV importieren…</translation>
        </message>
        <message>
            <source>&amp;Back up database…</source>
            <translation>Datenbank &amp;sichern…</translation>
        </message>
        <message>
            <source>Pre&amp;view summary</source>
            <translation>Zusammenfassung &amp;ansehen</translation>
        </message>
        <message>
            <source>The selected candidate's PDF summary (Ctrl+Shift+P)</source>
            <translation>Die PDF-Zusammenfassung der ausgewählten Person (Strg+Umschalt+P)</translation>
        </message>
        <message>
            <source>&amp;Print summary…</source>
            <translation>Zusammenfassung &amp;drucken…</translation>
        </message>
        <message>
            <source>&amp;Save summary as PDF…</source>
            <translation>Zusammenfassung als PDF &amp;speichern…</translation>
        </message>
        <message>
            <source>C&amp;ompare selected as PDF…</source>
            <translation>Ausgewählte als PDF &amp;vergleichen…</translation>
        </message>
        <message>
            <source>2 to 10 selected candidates side by side</source>
            <translation>2 bis 10 ausgewählte Personen nebeneinander</translation>
        </message>
        <message>
            <source>&amp;Erase candidate…</source>
            <translation>Bewerbung &amp;löschen…</translation>
        </message>
        <message>
            <source>Remove everything about the selected candidate, after a confirmation</source>
            <translation>Alles über die ausgewählte Person entfernen, nach einer Rückfrage</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Beenden</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>Reload the candidates from the database (F5)</source>
            <translation>Die Bewerbungen neu aus der Datenbank laden (F5)</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>&amp;Tastenkürzel</translation>
        </message>
        <message>
            <source>&amp;About hireapp</source>
            <translation>Ü&amp;ber hireapp</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>Jan</source>
            <translation>Jan.</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>Feb.</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>März</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>Apr.</translation>
        </message>
        <message>
            <source>May</source>
            <translation>Mai</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>Juni</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>Juli</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>Aug.</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>Sept.</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>Okt.</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>Nov.</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>Dez.</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewDialog</name>
        <message>
            <source>&amp;Start interview</source>
            <translation>Interview be&amp;ginnen</translation>
        </message>
        <message>
            <source>&amp;Open interview</source>
            <translation>Interview ö&amp;ffnen</translation>
        </message>
        <message>
            <source>&amp;Resume interview</source>
            <translation>Interview &amp;fortsetzen</translation>
        </message>
        <message numerus="yes">
            <source>{title} {version} (%n questions)</source>
            <translation>
                <numerusform>{title} {version} (%n Frage)</numerusform>
                <numerusform>{title} {version} (%n Fragen)</numerusform>
            </translation>
        </message>
        <message>
            <source>Type part of a name or email: the candidates who match are offered.</source>
            <translation>Tippen Sie einen Teil eines Namens oder einer E-Mail-Adresse: Passende Personen werden angeboten.</translation>
        </message>
        <message>
            <source>Your name; a name not yet listed is added.</source>
            <translation>Ihr Name; ein noch nicht aufgeführter Name wird hinzugefügt.</translation>
        </message>
        <message>
            <source>Choose a candidate from the list, or create a new one.</source>
            <translation>Wählen Sie eine Person aus der Liste oder legen Sie eine neue an.</translation>
        </message>
        <message>
            <source>Enter your name as the interviewer.</source>
            <translation>Geben Sie Ihren Namen als Interviewer/in ein.</translation>
        </message>
        <message>
            <source>Each interviewer interviews a candidate once, so no second interview is started; Open interview shows yours (read only).</source>
            <translation>Jede Person wird von jeder Interviewerin und jedem Interviewer nur einmal interviewt, daher beginnt kein zweites Interview; „Interview öffnen“ zeigt Ihres (nur lesbar).</translation>
        </message>
        <message>
            <source>You already interviewed {name}: submitted.</source>
            <translation>Sie haben {name} bereits interviewt: abgegeben.</translation>
        </message>
        <message>
            <source>You already interviewed {name}: submitted on {day}.</source>
            <translation>Sie haben {name} bereits interviewt: abgegeben am {day}.</translation>
        </message>
        <message>
            <source>You already started interviewing {name} on {day} and have not submitted it. Resume interview carries on where it stopped.</source>
            <translation>Sie haben das Interview mit {name} am {day} begonnen und noch nicht abgegeben. „Interview fortsetzen“ macht dort weiter, wo es aufgehört hat.</translation>
        </message>
        <message>
            <source>Chosen for this interview</source>
            <translation>Für dieses Interview gewählt</translation>
        </message>
        <message>
            <source>The rubric new interviews for {position} use</source>
            <translation>Der Bewertungsbogen, den neue Interviews für {position} verwenden</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Neues Interview</translation>
        </message>
        <message>
            <source>&amp;Candidate:</source>
            <translation>&amp;Person:</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>Person</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>&amp;Neue Bewerbung…</translation>
        </message>
        <message>
            <source>Create a new candidate</source>
            <translation>Eine neue Bewerbung anlegen</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>Stelle:</translation>
        </message>
        <message>
            <source>Position of the chosen candidate</source>
            <translation>Stelle der gewählten Person</translation>
        </message>
        <message>
            <source>&amp;Interviewer (you):</source>
            <translation>&amp;Interviewer/in (Sie):</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>Interviewer/in</translation>
        </message>
        <message>
            <source>&amp;Rubric:</source>
            <translation>&amp;Bewertungsbogen:</translation>
        </message>
        <message>
            <source>Rubric version</source>
            <translation>Version des Bewertungsbogens</translation>
        </message>
        <message>
            <source>Your earlier interview of this candidate</source>
            <translation>Ihr früheres Interview mit dieser Person</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>Was nicht stimmt</translation>
        </message>
    </context>
    <context>
        <name>NewRubric</name>
        <message>
            <source>New rubric</source>
            <translation>Neuer Bewertungsbogen</translation>
        </message>
        <message>
            <source>The default rubric</source>
            <translation>Der Standard-Bewertungsbogen</translation>
        </message>
        <message>
            <source>A copy of {rubric}</source>
            <translation>Eine Kopie von {rubric}</translation>
        </message>
        <message>
            <source>An empty outline</source>
            <translation>Ein leeres Gerüst</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>Ausgangspunkt</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>Titel</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>Kennung</translation>
        </message>
        <message>
            <source>Lower-case letters and digits, words joined by hyphens</source>
            <translation>Kleinbuchstaben und Ziffern, Wörter mit Bindestrichen verbunden</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>&amp;Ausgehend von:</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>&amp;Titel:</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>&amp;Kennung:</translation>
        </message>
        <message>
            <source>Give the rubric a title.</source>
            <translation>Geben Sie dem Bewertungsbogen einen Titel.</translation>
        </message>
        <message>
            <source>The id is lower-case letters and digits, words joined by single hyphens.</source>
            <translation>Die Kennung besteht aus Kleinbuchstaben und Ziffern, Wörter mit einzelnen Bindestrichen verbunden.</translation>
        </message>
        <message>
            <source>A rubric with the id “{id}” exists: choose another id, or make a new version of it (Ctrl+N).</source>
            <translation>Ein Bewertungsbogen mit der Kennung „{id}“ existiert bereits: Wählen Sie eine andere Kennung oder legen Sie eine neue Version davon an (Strg+N).</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>.</source>
            <comment>format: the decimal separator</comment>
            <translation>,</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>… und %Ln weiteres</numerusform>
                <numerusform>… und %Ln weitere</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>Nichts wurde importiert:</translation>
        </message>
        <message>
            <source>the last action</source>
            <translation>die letzte Aktion</translation>
        </message>
        <message>
            <source>An unexpected error stopped “{title}”. Nothing more is known here; the details were written to the program's error output.</source>
            <translation>Ein unerwarteter Fehler hat „{title}“ abgebrochen. Mehr ist hier nicht bekannt; die Einzelheiten stehen in der Fehlerausgabe des Programms.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Abbrechen</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Record an outcome</source>
            <translation>Ergebnis erfassen</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>Review point</source>
            <translation>Prüfzeitpunkt</translation>
        </message>
        <message>
            <source>Still &amp;employed</source>
            <translation>Noch &amp;beschäftigt</translation>
        </message>
        <message>
            <source>The manager's rating, on the interview's scales</source>
            <translation>Bewertung durch die Führungskraft, auf den Skalen des Interviews</translation>
        </message>
        <message>
            <source>The manager's rating</source>
            <translation>Bewertung durch die Führungskraft</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>Kennzahl</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>Wert</translation>
        </message>
        <message>
            <source>Measures, such as customer satisfaction</source>
            <translation>Kennzahlen, etwa die Kundenzufriedenheit</translation>
        </message>
        <message>
            <source>A name (lower-case letters, digits, . _ -) and a number, such as csat 4.3; Ctrl+Shift+A adds a row</source>
            <translation>Ein Name (Kleinbuchstaben, Ziffern, . _ -) und eine Zahl, etwa csat 4.3; Strg+Umschalt+A fügt eine Zeile hinzu</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>Erfasst von</translation>
        </message>
        <message>
            <source>&amp;Review point:</source>
            <translation>&amp;Prüfzeitpunkt:</translation>
        </message>
        <message>
            <source>Recorded &amp;by:</source>
            <translation>Erfasst &amp;von:</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>Problem</translation>
        </message>
        <message>
            <source>&amp;Measures:</source>
            <translation>&amp;Kennzahlen:</translation>
        </message>
        <message>
            <source>Outcome: {name}</source>
            <translation>Ergebnis: {name}</translation>
        </message>
        <message>
            <source>Outcomes are recorded for hires: {name} has no hire decision yet. Record the decision in the debrief first.</source>
            <translation>Ergebnisse werden für Eingestellte erfasst: Für {name} gibt es noch keine Entscheidung zur Einstellung. Halten Sie die Entscheidung zuerst in der Nachbesprechung fest.</translation>
        </message>
        <message>
            <source>How {name} is doing, at a review point after the hire. The manager rates on the questions the interview asked, with the same described levels.</source>
            <translation>Wie es {name} zu einem Prüfzeitpunkt nach der Einstellung geht. Die Führungskraft bewertet nach den Fragen des Interviews, mit denselben beschriebenen Stufen.</translation>
        </message>
        <message>
            <source>– not rated</source>
            <translation>– nicht bewertet</translation>
        </message>
        <message>
            <source> (recorded)</source>
            <translation> (erfasst)</translation>
        </message>
        <message>
            <source> (due {day})</source>
            <translation> (fällig am {day})</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>%n Tag nach der Einstellung</numerusform>
                <numerusform>%n Tage nach der Einstellung</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure on row {row}: give a name and a number, such as csat 4.3.</source>
            <translation>Kennzahl in Zeile {row}: Geben Sie einen Namen und eine Zahl an, etwa csat 4.3.</translation>
        </message>
        <message>
            <source>This review point is due on {day}: record it then.</source>
            <translation>Dieser Prüfzeitpunkt ist am {day} fällig: Erfassen Sie ihn dann.</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>Nicht gespeichert: {problem}</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>Seite {page} von {total}</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>Dokument</translation>
        </message>
        <message>
            <source>Confidential: personal data for the hiring panel only. Do not copy or forward.</source>
            <translation>Vertraulich: personenbezogene Daten nur für das Auswahlgremium. Nicht kopieren oder weitergeben.</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>{kind}: {name}</translation>
        </message>
        <message>
            <source>Shortlist comparison</source>
            <translation>Vergleich der engeren Wahl</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>Nachbesprechung</translation>
        </message>
        <message>
            <source>Candidate summary</source>
            <translation>Zusammenfassung der Person</translation>
        </message>
        <message>
            <source>hidden until you submit</source>
            <translation>verborgen bis zu Ihrer Abgabe</translation>
        </message>
        <message>
            <source>before any interview was submitted</source>
            <translation>bevor ein Interview abgegeben war</translation>
        </message>
        <message>
            <source>before the last interview was submitted</source>
            <translation>bevor das letzte Interview abgegeben war</translation>
        </message>
        <message>
            <source>right after the last interview</source>
            <translation>direkt nach dem letzten Interview</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the last interview</source>
            <translation>
                <numerusform>%n Tag nach dem letzten Interview</numerusform>
                <numerusform>%n Tage nach dem letzten Interview</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours after the last interview</source>
            <translation>
                <numerusform>%n Stunde nach dem letzten Interview</numerusform>
                <numerusform>%n Stunden nach dem letzten Interview</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes after the last interview</source>
            <translation>
                <numerusform>%n Minute nach dem letzten Interview</numerusform>
                <numerusform>%n Minuten nach dem letzten Interview</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PositionChoice</name>
        <message>
            <source>Use for a position</source>
            <translation>Für eine Stelle verwenden</translation>
        </message>
        <message>
            <source>New interviews for the position will use {version}. Interviews already started keep the rubric they were started with.</source>
            <translation>Neue Interviews für die Stelle verwenden {version}. Bereits begonnene Interviews behalten den Bewertungsbogen, mit dem sie begonnen wurden.</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Stelle:</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Question {number} of {total}</source>
            <translation>Frage {number} von {total}</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>Fortschritt</translation>
        </message>
        <message>
            <source>Time on this question</source>
            <translation>Zeit für diese Frage</translation>
        </message>
        <message>
            <source>Time spent on this question</source>
            <translation>Für diese Frage aufgewendete Zeit</translation>
        </message>
        <message>
            <source>Probes: {probes}</source>
            <translation>Nachfragen: {probes}</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>Nachfragen</translation>
        </message>
        <message>
            <source>N&amp;otes (Esc returns to the scale):</source>
            <translation>N&amp;otizen (Esc führt zurück zur Skala):</translation>
        </message>
        <message>
            <source>Notes on {question}</source>
            <translation>Notizen zu {question}</translation>
        </message>
        <message>
            <source>What did the candidate actually do? Detail helps a reviewer.</source>
            <translation>Was hat die Person tatsächlich getan? Details helfen bei der Prüfung.</translation>
        </message>
        <message>
            <source>S&amp;kip question… (Ctrl+K)</source>
            <translation>Frage über&amp;springen… (Strg+K)</translation>
        </message>
        <message>
            <source>Skip {question} with a reason</source>
            <translation>{question} mit Begründung überspringen</translation>
        </message>
        <message>
            <source>Question {number} of {total}: {title}</source>
            <translation>Frage {number} von {total}: {title}</translation>
        </message>
        <message>
            <source>Skipped: {reason}. Choosing a level answers it after all.</source>
            <translation>Übersprungen: {reason}. Wer eine Stufe wählt, beantwortet sie doch noch.</translation>
        </message>
    </context>
    <context>
        <name>Recommendation</name>
        <message>
            <source>Strong no</source>
            <translation>Klares Nein</translation>
        </message>
        <message>
            <source>No</source>
            <translation>Nein</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Ja</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>Klares Ja</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>printing was cancelled after {painted} of %n page(s)</source>
            <translation>
                <numerusform>das Drucken wurde nach {painted} von %n Seite abgebrochen</numerusform>
                <numerusform>das Drucken wurde nach {painted} von %n Seiten abgebrochen</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer could not be opened</source>
            <translation>der Drucker konnte nicht geöffnet werden</translation>
        </message>
        <message>
            <source>the document to print could not be read</source>
            <translation>das zu druckende Dokument konnte nicht gelesen werden</translation>
        </message>
        <message>
            <source>Page shown</source>
            <translation>Angezeigte Seite</translation>
        </message>
        <message>
            <source>Preview tools</source>
            <translation>Werkzeuge der Vorschau</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>Dokumentvorschau</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>Tastenkürzel: {keys}</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>◀ Zurück</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige Seite</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>Weiter ▶</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>Verkleinern</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>Vergrößern</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>An Breite anpassen</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>Drucken…</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>Als PDF speichern…</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>Seite {page} von {count}</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>PDF-Dokumente (*.pdf)</translation>
        </message>
        <message>
            <source>Summary: {about}</source>
            <translation>Zusammenfassung: {about}</translation>
        </message>
        <message>
            <source>Comparison: {about}</source>
            <translation>Vergleich: {about}</translation>
        </message>
        <message>
            <source>Debrief: {about}</source>
            <translation>Nachbesprechung: {about}</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s) of “{title}”.</source>
            <translation>
                <numerusform>%n Seite von „{title}“ gedruckt.</numerusform>
                <numerusform>%n Seiten von „{title}“ gedruckt.</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>Drucken nicht möglich</translation>
        </message>
        <message>
            <source>Printing “{title}”…</source>
            <translation>„{title}“ wird gedruckt…</translation>
        </message>
        <message>
            <source>Cannot save the PDF</source>
            <translation>Das PDF kann nicht gespeichert werden</translation>
        </message>
        <message>
            <source>Preview summary</source>
            <translation>Zusammenfassung ansehen</translation>
        </message>
        <message>
            <source>Preparing the summary…</source>
            <translation>Die Zusammenfassung wird vorbereitet…</translation>
        </message>
        <message>
            <source>Print summary</source>
            <translation>Zusammenfassung drucken</translation>
        </message>
        <message>
            <source>Save summary as PDF</source>
            <translation>Zusammenfassung als PDF speichern</translation>
        </message>
        <message>
            <source>Writing the summary…</source>
            <translation>Die Zusammenfassung wird geschrieben…</translation>
        </message>
        <message>
            <source>Compare as PDF</source>
            <translation>Als PDF vergleichen</translation>
        </message>
        <message>
            <source>Preparing the comparison…</source>
            <translation>Der Vergleich wird vorbereitet…</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>at the wrap-up</source>
            <translation>beim Abschluss</translation>
        </message>
        <message>
            <source>at question {number} of {questions}, “{title}”</source>
            <translation>bei Frage {number} von {questions}, „{title}“</translation>
        </message>
        <message>
            <source>at the first impression</source>
            <translation>beim ersten Eindruck</translation>
        </message>
        <message>
            <source>interviewed by {name}</source>
            <translation>interviewt von {name}</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n questions done</source>
            <translation>
                <numerusform>{done} von %n Frage erledigt</numerusform>
                <numerusform>{done} von %n Fragen erledigt</numerusform>
            </translation>
        </message>
        <message>
            <source>last change {moment}</source>
            <translation>zuletzt geändert {moment}</translation>
        </message>
        <message>
            <source>Unfinished interviews</source>
            <translation>Unfertige Interviews</translation>
        </message>
        <message>
            <source>&amp;Show colleagues' unfinished interviews too ({count})</source>
            <translation>Auch unfertige Interviews von Kolleginnen und Kollegen &amp;zeigen ({count})</translation>
        </message>
        <message>
            <source>Resuming a colleague's interview makes you its interviewer on this machine.</source>
            <translation>Wer das Interview einer Kollegin oder eines Kollegen fortsetzt, wird auf diesem Rechner dessen Interviewer/in.</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>&amp;Fortsetzen</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>&amp;Später</translation>
        </message>
        <message>
            <source>Everything entered so far is saved; resume one where it stopped.</source>
            <translation>Alles bisher Eingegebene ist gespeichert; setzen Sie eines dort fort, wo es aufgehört hat.</translation>
        </message>
        <message>
            <source>Your interviews that were started and not submitted.</source>
            <translation>Ihre begonnenen und nicht abgegebenen Interviews.</translation>
        </message>
        <message>
            <source>You have no unfinished interviews. These are colleagues'; resuming one makes you its interviewer on this machine.</source>
            <translation>Sie haben keine unfertigen Interviews. Diese gehören Kolleginnen und Kollegen; wer eines fortsetzt, wird auf diesem Rechner dessen Interviewer/in.</translation>
        </message>
        <message>
            <source>No unfinished interviews.</source>
            <translation>Keine unfertigen Interviews.</translation>
        </message>
    </context>
    <context>
        <name>RubricEditor</name>
        <message>
            <source>Parts of the rubric</source>
            <translation>Teile des Bewertungsbogens</translation>
        </message>
        <message>
            <source>The chosen part: its fields or its preview</source>
            <translation>Der gewählte Teil: seine Felder oder seine Vorschau</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>Bearbe&amp;iten</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>Vorsc&amp;hau</translation>
        </message>
        <message>
            <source>Problems in the rubric</source>
            <translation>Probleme im Bewertungsbogen</translation>
        </message>
        <message>
            <source>Rubric statistics</source>
            <translation>Statistik des Bewertungsbogens</translation>
        </message>
        <message>
            <source>The questions' use is not shown: {error}</source>
            <translation>Die Verwendung der Fragen wird nicht angezeigt: {error}</translation>
        </message>
        <message>
            <source>{title} {label}, {n} submitted interviews</source>
            <translation>{title} {label}, {n} abgegebene Interviews</translation>
        </message>
        <message>
            <source>A new rubric: no interviews scored with it yet.</source>
            <translation>Ein neuer Bewertungsbogen: Noch kein Interview wurde damit bewertet.</translation>
        </message>
        <message>
            <source>Not in the version this one starts from: no figures yet.</source>
            <translation>Nicht in der Version, von der dieser ausgeht: noch keine Kennzahlen.</translation>
        </message>
        <message>
            <source>agreement not known yet</source>
            <translation>Übereinstimmung noch unbekannt</translation>
        </message>
        <message>
            <source>agreement {icc} ({words})</source>
            <translation>Übereinstimmung {icc} ({words})</translation>
        </message>
        <message>
            <source>In {source}: levels chosen {levels}; skipped in {skipped} of {n}; {agreement}.</source>
            <translation>In {source}: gewählte Stufen {levels}; übersprungen in {skipped} von {n}; {agreement}.</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>&amp;Bewertungsbogen</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Rückgängig</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Wiederholen</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>Als neue Version &amp;speichern</translation>
        </message>
        <message>
            <source>Add a &amp;question</source>
            <translation>&amp;Frage hinzufügen</translation>
        </message>
        <message>
            <source>Add a s&amp;ection</source>
            <translation>&amp;Abschnitt hinzufügen</translation>
        </message>
        <message>
            <source>Add a &amp;cue</source>
            <translation>&amp;Merkmal hinzufügen</translation>
        </message>
        <message>
            <source>Re&amp;move this part</source>
            <translation>Diesen Teil &amp;entfernen</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>Nach &amp;oben</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>Nach &amp;unten</translation>
        </message>
        <message>
            <source>Add a question from the &amp;bank…</source>
            <translation>Frage aus dem Fragenpool hin&amp;zufügen…</translation>
        </message>
        <message>
            <source>Put the question in the company's ban&amp;k…</source>
            <translation>Frage in den Fragen&amp;pool des Unternehmens legen…</translation>
        </message>
        <message>
            <source>Switch between the parts and the &amp;fields</source>
            <translation>Zwischen den Teilen und den Fel&amp;dern wechseln</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Rubric: {title} · hireapp</source>
            <translation>Bewertungsbogen: {title} · hireapp</translation>
        </message>
        <message>
            <source>Rubric: {title} (changed) · hireapp</source>
            <translation>Bewertungsbogen: {title} (geändert) · hireapp</translation>
        </message>
        <message>
            <source>Re&amp;move the question</source>
            <translation>Frage &amp;entfernen</translation>
        </message>
        <message>
            <source>Re&amp;move the section</source>
            <translation>Abschnitt &amp;entfernen</translation>
        </message>
        <message>
            <source>Re&amp;move the cue</source>
            <translation>Merkmal &amp;entfernen</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>&amp;Kennung</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>&amp;Titel</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>&amp;Gewicht</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>&amp;Version</translation>
        </message>
        <message>
            <source>&amp;Seconds</source>
            <translation>&amp;Sekunden</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>Be&amp;zeichnung</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>Beschreib&amp;ung</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>&amp;Aufforderung</translation>
        </message>
        <message>
            <source>Q&amp;uestion</source>
            <translation>F&amp;rage</translation>
        </message>
        <message>
            <source>Pr&amp;obes (one a line)</source>
            <translation>&amp;Nachfragen (eine je Zeile)</translation>
        </message>
        <message>
            <source>How the question was used</source>
            <translation>Wie die Frage verwendet wurde</translation>
        </message>
        <message>
            <source>Use so far</source>
            <translation>Bisherige Verwendung</translation>
        </message>
        <message>
            <source>Level &amp;{level} (required)</source>
            <translation>Stufe &amp;{level} (Pflichtfeld)</translation>
        </message>
        <message>
            <source>Level &amp;{level}</source>
            <translation>Stufe &amp;{level}</translation>
        </message>
        <message>
            <source>Choose a question to see it as the interviewer will.</source>
            <translation>Wählen Sie eine Frage, um sie so zu sehen, wie die Interviewenden sie sehen werden.</translation>
        </message>
        <message>
            <source>Shown once the question has no problems left.</source>
            <translation>Wird gezeigt, sobald die Frage keine Probleme mehr hat.</translation>
        </message>
        <message>
            <source>Rubric: {title}</source>
            <translation>Bewertungsbogen: {title}</translation>
        </message>
        <message>
            <source>Section: {title}</source>
            <translation>Abschnitt: {title}</translation>
        </message>
        <message>
            <source>Cue: {label}</source>
            <translation>Merkmal: {label}</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>Neue Frage</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>Neuer Abschnitt</translation>
        </message>
        <message>
            <source>New cue</source>
            <translation>Neues Merkmal</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>Fragenpool</translation>
        </message>
        <message>
            <source>The bank cannot be read:
{error}</source>
            <translation>Der Fragenpool kann nicht gelesen werden:
{error}</translation>
        </message>
        <message>
            <source>Every bank question is in already.</source>
            <translation>Alle Fragen des Pools sind schon enthalten.</translation>
        </message>
        <message>
            <source>Add a question from the bank</source>
            <translation>Eine Frage aus dem Fragenpool hinzufügen</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>&amp;Frage:</translation>
        </message>
        <message>
            <source>Put the question in the bank</source>
            <translation>Die Frage in den Fragenpool legen</translation>
        </message>
        <message>
            <source>&amp;Dimension:</source>
            <translation>&amp;Dimension:</translation>
        </message>
        <message>
            <source>Not added: {error}</source>
            <translation>Nicht hinzugefügt: {error}</translation>
        </message>
        <message>
            <source>Added to the company's question bank.</source>
            <translation>Zum Fragenpool des Unternehmens hinzugefügt.</translation>
        </message>
        <message>
            <source>No problems: Ctrl+S saves it as a new version.</source>
            <translation>Keine Probleme: Strg+S speichert ihn als neue Version.</translation>
        </message>
        <message numerus="yes">
            <source>%n problems before it can be saved: {problems}</source>
            <translation>
                <numerusform>%n Problem, bevor er gespeichert werden kann: {problems}</numerusform>
                <numerusform>%n Probleme, bevor er gespeichert werden kann: {problems}</numerusform>
            </translation>
        </message>
        <message>
            <source>The draft could not be kept: {error}</source>
            <translation>Der Entwurf konnte nicht aufbewahrt werden: {error}</translation>
        </message>
        <message>
            <source>Save rubric</source>
            <translation>Bewertungsbogen speichern</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>Nicht gespeichert: {error}</translation>
        </message>
        <message>
            <source>Saved as version {id}: {title} {label}.</source>
            <translation>Als Version {id} gespeichert: {title} {label}.</translation>
        </message>
        <message>
            <source>Close the rubric</source>
            <translation>Den Bewertungsbogen schließen</translation>
        </message>
        <message>
            <source>The rubric is not saved as a version. Keep it as a draft to go on with later?</source>
            <translation>Der Bewertungsbogen ist nicht als Version gespeichert. Als Entwurf aufbewahren, um später daran weiterzuarbeiten?</translation>
        </message>
    </context>
    <context>
        <name>RubricsWindow</name>
        <message>
            <source>Rubrics · hireapp</source>
            <translation>Bewertungsbögen · hireapp</translation>
        </message>
        <message>
            <source>Rubric versions</source>
            <translation>Versionen der Bewertungsbögen</translation>
        </message>
        <message>
            <source>How each question was used</source>
            <translation>Wie jede Frage verwendet wurde</translation>
        </message>
        <message>
            <source>Loading rubrics…</source>
            <translation>Bewertungsbögen werden geladen…</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Bewertungsbogen</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Version</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>Fragen</translation>
        </message>
        <message>
            <source>Used by positions</source>
            <translation>Verwendet von Stellen</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>Übersprungen</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>Übereinstimmung</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>Markierungen</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>&amp;Bewertungsbogen</translation>
        </message>
        <message>
            <source>New &amp;rubric…</source>
            <translation>Neuer &amp;Bewertungsbogen…</translation>
        </message>
        <message>
            <source>A new rubric from the default, the selected one, or an empty outline</source>
            <translation>Ein neuer Bewertungsbogen aus dem Standard, dem gewählten oder einem leeren Gerüst</translation>
        </message>
        <message>
            <source>&amp;New version from this one…</source>
            <translation>&amp;Neue Version aus diesem…</translation>
        </message>
        <message>
            <source>Edit a copy of the selected version; saving stores it as a new version</source>
            <translation>Eine Kopie der gewählten Version bearbeiten; beim Speichern wird sie als neue Version abgelegt</translation>
        </message>
        <message>
            <source>&amp;Export as rubric file…</source>
            <translation>Als Bewertungsbogen-Datei &amp;exportieren…</translation>
        </message>
        <message>
            <source>Write the selected version as a TOML rubric file</source>
            <translation>Die gewählte Version als TOML-Bewertungsbogen-Datei schreiben</translation>
        </message>
        <message>
            <source>&amp;Use for a position…</source>
            <translation>Für eine Stelle &amp;verwenden…</translation>
        </message>
        <message>
            <source>New interviews for a position use the selected version</source>
            <translation>Neue Interviews für eine Stelle verwenden die gewählte Version</translation>
        </message>
        <message>
            <source>&amp;Add a rubric file…</source>
            <translation>Bewertungsbogen-Datei &amp;hinzufügen…</translation>
        </message>
        <message>
            <source>Check a rubric file and store it as a version</source>
            <translation>Eine Bewertungsbogen-Datei prüfen und als Version ablegen</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>Dieses Fenster schließen</translation>
        </message>
        <message>
            <source>Load rubrics</source>
            <translation>Bewertungsbögen laden</translation>
        </message>
        <message>
            <source>Not loaded: {error}</source>
            <translation>Nicht geladen: {error}</translation>
        </message>
        <message>
            <source>the default</source>
            <translation>der Standard</translation>
        </message>
        <message>
            <source>{id} · content hash {hash}</source>
            <translation>{id} · Inhalts-Hash {hash}</translation>
        </message>
        <message>
            <source>Stored version {n}</source>
            <translation>Abgelegte Version {n}</translation>
        </message>
        <message>
            <source>none</source>
            <translation>keine</translation>
        </message>
        <message>
            <source>Positions whose new interviews use this version; the default is what a position without a rubric of its own uses</source>
            <translation>Stellen, deren neue Interviews diese Version verwenden; der Standard gilt für Stellen ohne eigenen Bewertungsbogen</translation>
        </message>
        <message>
            <source>{submitted} submitted, {drafts} drafts</source>
            <translation>{submitted} abgegeben, {drafts} Entwürfe</translation>
        </message>
        <message>
            <source>Counting how the questions were used…</source>
            <translation>Die Verwendung der Fragen wird gezählt…</translation>
        </message>
        <message>
            <source>Rubric statistics</source>
            <translation>Statistik des Bewertungsbogens</translation>
        </message>
        <message>
            <source>Not counted: {error}</source>
            <translation>Nicht gezählt: {error}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interviews.</source>
            <translation>
                <numerusform>&lt;b&gt;{rubric}&lt;/b&gt;: %n abgegebenes Interview.</numerusform>
                <numerusform>&lt;b&gt;{rubric}&lt;/b&gt;: %n abgegebene Interviews.</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions flagged: look at their anchors.</source>
            <translation>
                <numerusform>%n Frage markiert: Sehen Sie sich ihre Anker an.</numerusform>
                <numerusform>%n Fragen markiert: Sehen Sie sich ihre Anker an.</numerusform>
            </translation>
        </message>
        <message>
            <source>No question flagged.</source>
            <translation>Keine Frage markiert.</translation>
        </message>
        <message numerus="yes">
            <source>Level {level} chosen %n times</source>
            <translation>
                <numerusform>Stufe {level} einmal gewählt</numerusform>
                <numerusform>Stufe {level} %n-mal gewählt</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped in {skipped} of {n} submitted interviews</source>
            <translation>Übersprungen in {skipped} von {n} abgegebenen Interviews</translation>
        </message>
        <message>
            <source>ICC(1) between interviewers of the same candidate</source>
            <translation>ICC(1) zwischen Interviewenden derselben Person</translation>
        </message>
        <message>
            <source>Unsaved rubric</source>
            <translation>Nicht gespeicherter Bewertungsbogen</translation>
        </message>
        <message>
            <source>A rubric being edited (“{title}”) was not saved as a version. Go on with it?</source>
            <translation>Ein Bewertungsbogen in Bearbeitung („{title}“) wurde nicht als Version gespeichert. Daran weiterarbeiten?</translation>
        </message>
        <message>
            <source>&amp;Go on with it</source>
            <translation>&amp;Weiterarbeiten</translation>
        </message>
        <message>
            <source>&amp;Start from the selected version</source>
            <translation>Von der gewählten Version &amp;ausgehen</translation>
        </message>
        <message>
            <source>New rubric</source>
            <translation>Neuer Bewertungsbogen</translation>
        </message>
        <message>
            <source>Export as rubric file</source>
            <translation>Als Bewertungsbogen-Datei exportieren</translation>
        </message>
        <message>
            <source>Rubric files (*.toml)</source>
            <translation>Bewertungsbogen-Dateien (*.toml)</translation>
        </message>
        <message>
            <source>Nothing was written: {error}.</source>
            <translation>Nichts wurde geschrieben: {error}.</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>Geschrieben nach {path}</translation>
        </message>
        <message>
            <source>Use for a position</source>
            <translation>Für eine Stelle verwenden</translation>
        </message>
        <message>
            <source>There are no positions yet: add a candidate first.</source>
            <translation>Es gibt noch keine Stellen: Fügen Sie zuerst eine Bewerbung hinzu.</translation>
        </message>
        <message>
            <source>New interviews for {position} use {rubric}.</source>
            <translation>Neue Interviews für {position} verwenden {rubric}.</translation>
        </message>
        <message>
            <source>Add a rubric file</source>
            <translation>Eine Bewertungsbogen-Datei hinzufügen</translation>
        </message>
        <message>
            <source>Rubric files (*.toml);;All files (*)</source>
            <translation>Bewertungsbogen-Dateien (*.toml);;Alle Dateien (*)</translation>
        </message>
        <message>
            <source>The file was not added:
{error}</source>
            <translation>Die Datei wurde nicht hinzugefügt:
{error}</translation>
        </message>
        <message>
            <source>Stored as version {n}: {title} {label}.</source>
            <translation>Als Version {n} abgelegt: {title} {label}.</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <source>{name}: level {level}</source>
            <translation>{name}: Stufe {level}</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Candidates</source>
            <translation>Bewerbungen</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>Neues Interview</translation>
        </message>
        <message>
            <source>Interview the selected candidate</source>
            <translation>Die ausgewählte Person interviewen</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>Neue Bewerbung</translation>
        </message>
        <message>
            <source>Resume an unfinished interview</source>
            <translation>Ein unfertiges Interview fortsetzen</translation>
        </message>
        <message>
            <source>Search candidates by name or email</source>
            <translation>Bewerbungen nach Name oder E-Mail suchen</translation>
        </message>
        <message>
            <source>Side by side: the selected candidates question by question</source>
            <translation>Nebeneinander: die ausgewählten Personen Frage für Frage</translation>
        </message>
        <message>
            <source>In the table: choose its columns</source>
            <translation>In der Tabelle: ihre Spalten wählen</translation>
        </message>
        <message>
            <source>Debrief: the panel's disagreements, the decision, outcomes</source>
            <translation>Nachbesprechung: wo das Gremium uneins ist, die Entscheidung, Ergebnisse</translation>
        </message>
        <message>
            <source>Preview the selected candidate's summary</source>
            <translation>Die Zusammenfassung der ausgewählten Person ansehen</translation>
        </message>
        <message>
            <source>Print the selected candidate's summary</source>
            <translation>Die Zusammenfassung der ausgewählten Person drucken</translation>
        </message>
        <message>
            <source>Save the selected candidate's summary as PDF</source>
            <translation>Die Zusammenfassung der ausgewählten Person als PDF speichern</translation>
        </message>
        <message>
            <source>Erase the selected candidate (asks first)</source>
            <translation>Die ausgewählte Bewerbung löschen (mit Rückfrage)</translation>
        </message>
        <message>
            <source>Rubrics: versions, where they are used, which questions work</source>
            <translation>Bewertungsbögen: Versionen, wo sie verwendet werden, welche Fragen taugen</translation>
        </message>
        <message>
            <source>Validity: does the interview predict how hires do?</source>
            <translation>Validität: Sagt das Interview voraus, wie sich Eingestellte bewähren?</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>Aktualisieren</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>Diese Liste</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>Beenden</translation>
        </message>
        <message>
            <source>In an interview</source>
            <translation>Im Interview</translation>
        </message>
        <message>
            <source>Candidate arrived: start the 30-second countdown</source>
            <translation>Person ist da: den 30-Sekunden-Countdown starten</translation>
        </message>
        <message>
            <source>Choose a level</source>
            <translation>Eine Stufe wählen</translation>
        </message>
        <message>
            <source>Choose a level while typing a note</source>
            <translation>Eine Stufe wählen, während Sie eine Notiz tippen</translation>
        </message>
        <message>
            <source>Move the chosen level down or up</source>
            <translation>Die gewählte Stufe nach unten oder oben verschieben</translation>
        </message>
        <message>
            <source>From the notes back to the scale</source>
            <translation>Von den Notizen zurück zur Skala</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>Nächste Seite</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>Vorige Seite</translation>
        </message>
        <message>
            <source>Skip the question, with a reason</source>
            <translation>Die Frage mit Begründung überspringen</translation>
        </message>
        <message>
            <source>Wrap-up and review</source>
            <translation>Abschluss und Überblick</translation>
        </message>
        <message>
            <source>On the wrap-up: strong no … strong yes</source>
            <translation>Beim Abschluss: klares Nein … klares Ja</translation>
        </message>
        <message>
            <source>In the review list: go to that question</source>
            <translation>In der Überblicksliste: zu dieser Frage gehen</translation>
        </message>
        <message>
            <source>Submit (asks first)</source>
            <translation>Abgeben (mit Rückfrage)</translation>
        </message>
        <message>
            <source>Close the interview (everything is already saved)</source>
            <translation>Das Interview schließen (alles ist schon gespeichert)</translation>
        </message>
        <message>
            <source>If the database file is gone: save everything to a new file</source>
            <translation>Wenn die Datenbankdatei fehlt: alles in einer neuen Datei speichern</translation>
        </message>
        <message>
            <source>In a PDF preview</source>
            <translation>In einer PDF-Vorschau</translation>
        </message>
        <message>
            <source>Next / previous page</source>
            <translation>Nächste / vorige Seite</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>Vergrößern / verkleinern</translation>
        </message>
        <message>
            <source>Fit the width</source>
            <translation>An die Breite anpassen</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>Drucken</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>Als PDF speichern</translation>
        </message>
        <message>
            <source>In a debrief</source>
            <translation>In einer Nachbesprechung</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>Entscheidung festhalten</translation>
        </message>
        <message>
            <source>Record an outcome of the hire</source>
            <translation>Ergebnis der Einstellung erfassen</translation>
        </message>
        <message>
            <source>Preview, print, save the debrief as PDF</source>
            <translation>Nachbesprechung ansehen, drucken, als PDF speichern</translation>
        </message>
        <message>
            <source>In the rubric editor</source>
            <translation>Im Bewertungsbogen-Editor</translation>
        </message>
        <message>
            <source>Between the parts and their fields</source>
            <translation>Zwischen den Teilen und ihren Feldern</translation>
        </message>
        <message>
            <source>Add a question; add one from the bank</source>
            <translation>Frage hinzufügen; eine aus dem Fragenpool hinzufügen</translation>
        </message>
        <message>
            <source>Add a section; add a cue</source>
            <translation>Abschnitt hinzufügen; Merkmal hinzufügen</translation>
        </message>
        <message>
            <source>Move the part up or down</source>
            <translation>Den Teil nach oben oder unten verschieben</translation>
        </message>
        <message>
            <source>Remove the part</source>
            <translation>Den Teil entfernen</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>Rückgängig / wiederholen</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>Als neue Version speichern</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>Tastenkürzel</translation>
        </message>
        <message>
            <source>In menus, buttons and fields, Alt with the underlined letter does the same.</source>
            <translation>In Menüs, Schaltflächen und Feldern bewirkt Alt mit dem unterstrichenen Buchstaben dasselbe.</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Loading…</source>
            <translation>Wird geladen…</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>übersprungen</translation>
        </message>
        <message>
            <source>Not scored in a submitted interview</source>
            <translation>In keinem abgegebenen Interview bewertet</translation>
        </message>
        <message>
            <source>; skipped {count}×</source>
            <translation>; {count}× übersprungen</translation>
        </message>
        <message>
            <source>Mean level {mean} from {levels}.
At this level the rubric says: {anchor}</source>
            <translation>Mittlere Stufe {mean} aus {levels}.
Auf dieser Stufe sagt der Bewertungsbogen: {anchor}</translation>
        </message>
        <message numerus="yes">
            <source>Skipped in %n interview(s).</source>
            <translation>
                <numerusform>In %n Interview übersprungen.</numerusform>
                <numerusform>In %n Interviews übersprungen.</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean level {mean}; each interviewer's level: {levels}. {anchor}</source>
            <translation>Mittlere Stufe {mean}; Stufe je Interviewer/in: {levels}. {anchor}</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukturiert</translation>
        </message>
        <message>
            <source>Fair score (80% interval)</source>
            <translation>Fairer Wert (80-%-Intervall)</translation>
        </message>
        <message>
            <source>Halo gap</source>
            <translation>Halo-Abstand</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>Uneinigkeit</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>Empfehlungen</translation>
        </message>
        <message>
            <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft; drafts count in no figure</source>
            <translation>Abgegebene Interviews, laufende Entwürfe in Klammern: 2 (1) sind 2 abgegebene und 1 Entwurf; Entwürfe zählen in keiner Kennzahl</translation>
        </message>
        <message>
            <source>Overall score 0-100, mean of submitted interviews</source>
            <translation>Gesamtwert 0–100, Mittelwert der abgegebenen Interviews</translation>
        </message>
        <message>
            <source>The 30-second likeability, 0-100</source>
            <translation>Die Sympathie der ersten 30 Sekunden, 0–100</translation>
        </message>
        <message>
            <source>Weighted mean of the anchored answers, 0-100</source>
            <translation>Gewichtetes Mittel der verankerten Antworten, 0–100</translation>
        </message>
        <message>
            <source>The structured score with the interviewers' leniency or severity taken out, fitted over the position's candidates, with its 80% interval; † when one interviewer only saw the candidate</source>
            <translation>Die strukturierte Bewertung, bereinigt um die Milde oder Strenge der Interviewenden, geschätzt über alle Personen der Stelle, mit ihrem 80-%-Intervall; † wenn nur eine Person die Kandidatin oder den Kandidaten interviewt hat</translation>
        </message>
        <message>
            <source>First impression minus structured score, averaged over the interviews with both; ⚠ at a level (25 points) or more</source>
            <translation>Erster Eindruck minus strukturierte Bewertung, gemittelt über die Interviews mit beidem; ⚠ ab einer Stufe (25 Punkten)</translation>
        </message>
        <message>
            <source>Largest gap between two interviewers' structured scores, in points</source>
            <translation>Größter Abstand zwischen den strukturierten Bewertungen zweier Interviewender, in Punkten</translation>
        </message>
        <message>
            <source>How many submitted interviews recommended {order}: 0 / 1 / 2 / 0 is one no and two yes</source>
            <translation>Wie viele abgegebene Interviews {order} empfahlen: 0 / 1 / 2 / 0 ist einmal Nein und zweimal Ja</translation>
        </message>
        <message>
            <source>({interval})</source>
            <translation>({interval})</translation>
        </message>
        <message>
            <source>{points} points, halo flag</source>
            <translation>{points} Punkte, Halo-Markierung</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>Nebeneinander</translation>
        </message>
        <message>
            <source>How to read the comparison</source>
            <translation>Wie der Vergleich zu lesen ist</translation>
        </message>
        <message>
            <source>Candidates question by question</source>
            <translation>Personen Frage für Frage</translation>
        </message>
        <message>
            <source>One column per candidate: the headline figures, then each question's mean level, each interviewer's level and the rubric's words for it</source>
            <translation>Eine Spalte je Person: die wichtigsten Kennzahlen, dann je Frage die mittlere Stufe, die Stufe jeder Interviewerin und jedes Interviewers und die Worte des Bewertungsbogens dazu</translation>
        </message>
        <message>
            <source>Charts per section</source>
            <translation>Diagramme je Abschnitt</translation>
        </message>
        <message>
            <source>Side by side: {names}</source>
            <translation>Nebeneinander: {names}</translation>
        </message>
        <message>
            <source>Each cell: the mean level over submitted interviews, each interviewer's level in brackets, and what the rubric describes at that level. Hover for details.</source>
            <translation>Jede Zelle: die mittlere Stufe der abgegebenen Interviews, die Stufe jeder Interviewerin und jedes Interviewers in Klammern und was der Bewertungsbogen auf dieser Stufe beschreibt. Zeigen Sie darauf für Einzelheiten.</translation>
        </message>
        <message>
            <source>Scores of {names} are {withheld} your own interview: colleagues' scores stay hidden until then, and the charts leave them out.</source>
            <translation>Die Bewertungen von {names} sind {withheld} Ihres eigenen Interviews: Die Bewertungen der Kolleginnen und Kollegen bleiben bis dahin verborgen, und die Diagramme lassen sie weg.</translation>
        </message>
        <message>
            <source>{section}: mean level per question</source>
            <translation>{section}: mittlere Stufe je Frage</translation>
        </message>
        <message>
            <source>Level (1-5)</source>
            <translation>Stufe (1–5)</translation>
        </message>
        <message>
            <source>Bars per question, one per candidate, each candidate with its own pattern; the table above holds the same levels as text</source>
            <translation>Balken je Frage, einer je Person, jede Person mit eigenem Muster; die Tabelle darüber enthält dieselben Stufen als Text</translation>
        </message>
        <message>
            <source>The comparison could not be loaded: {reason}</source>
            <translation>Der Vergleich konnte nicht geladen werden: {reason}</translation>
        </message>
        <message>
            <source>The candidates cannot be compared side by side.</source>
            <translation>Die Personen können nicht nebeneinander verglichen werden.</translation>
        </message>
        <message>
            <source>The comparison could not be loaded.</source>
            <translation>Der Vergleich konnte nicht geladen werden.</translation>
        </message>
    </context>
    <context>
        <name>SkipDialog</name>
        <message>
            <source>Say why it is skipped: the reason goes into the summary beside the question.</source>
            <translation>Sagen Sie, warum sie übersprungen wird: Der Grund steht in der Zusammenfassung neben der Frage.</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>Frage überspringen</translation>
        </message>
        <message>
            <source>Why is “{question}” skipped?</source>
            <translation>Warum wird „{question}“ übersprungen?</translation>
        </message>
        <message>
            <source>Reason for skipping</source>
            <translation>Grund für das Überspringen</translation>
        </message>
        <message>
            <source>For example: the candidate has no work experience yet</source>
            <translation>Zum Beispiel: Die Person hat noch keine Berufserfahrung</translation>
        </message>
        <message>
            <source>S&amp;kip question</source>
            <translation>Frage über&amp;springen</translation>
        </message>
    </context>
    <context>
        <name>SummaryPdf</name>
        <message>
            <source>Candidate summary: {name}</source>
            <translation>Zusammenfassung: {name}</translation>
        </message>
        <message>
            <source>Structured interview summary for the position {position}</source>
            <translation>Zusammenfassung der strukturierten Interviews für die Stelle {position}</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>{first} bis {last}</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>Kontakt</translation>
        </message>
        <message>
            <source>Interviewed</source>
            <translation>Interviewt</translation>
        </message>
        <message>
            <source>Interviewers</source>
            <translation>Interviewende</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>Bewertungsbogen</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>Gedruckt</translation>
        </message>
        <message>
            <source>Candidate summary · structured interviews</source>
            <translation>Zusammenfassung der Person · strukturierte Interviews</translation>
        </message>
        <message>
            <source>Overall (0-100)</source>
            <translation>Gesamt (0–100)</translation>
        </message>
        <message>
            <source>First impression, 30 s</source>
            <translation>Erster Eindruck, 30 s</translation>
        </message>
        <message>
            <source>Structured questions</source>
            <translation>Strukturierte Fragen</translation>
        </message>
        <message numerus="yes">
            <source>Means over %n submitted interviews.</source>
            <translation>
                <numerusform>Mittelwerte über %n abgegebenes Interview.</numerusform>
                <numerusform>Mittelwerte über %n abgegebene Interviews.</numerusform>
            </translation>
        </message>
        <message>
            <source>Halo gap &lt;b&gt;{gap}&lt;/b&gt; (first impression minus structured, over interviews with both) · Disagreement &lt;b&gt;{spread}&lt;/b&gt; (points between interviewers). Recommendations: {tally}</source>
            <translation>Halo-Abstand &lt;b&gt;{gap}&lt;/b&gt; (erster Eindruck minus strukturiert, über Interviews mit beidem) · Uneinigkeit &lt;b&gt;{spread}&lt;/b&gt; (Punkte zwischen den Interviewenden). Empfehlungen: {tally}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note:&lt;/b&gt; {note}</source>
            <translation>&lt;b&gt;Hinweis:&lt;/b&gt; {note}</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Not included:&lt;/b&gt; %n draft interviews still in progress ({names}). Drafts are left out of every figure in this summary.</source>
            <translation>
                <numerusform>&lt;b&gt;Nicht berücksichtigt:&lt;/b&gt; %n Interview-Entwurf in Arbeit ({names}). Entwürfe fehlen in allen Kennzahlen dieser Zusammenfassung.</numerusform>
                <numerusform>&lt;b&gt;Nicht berücksichtigt:&lt;/b&gt; %n Interview-Entwürfe in Arbeit ({names}). Entwürfe fehlen in allen Kennzahlen dieser Zusammenfassung.</numerusform>
            </translation>
        </message>
        <message>
            <source>Fair score &lt;b&gt;{fair}&lt;/b&gt; beside the structured {structured}: the interviewers' leniency or severity taken out, fitted over this position's candidates (80% interval in brackets).</source>
            <translation>Fairer Wert &lt;b&gt;{fair}&lt;/b&gt; neben der strukturierten Bewertung {structured}: Milde oder Strenge der Interviewenden herausgerechnet, geschätzt über die Personen dieser Stelle (80-%-Intervall in Klammern).</translation>
        </message>
        <message>
            <source>{mark} Seen by one interviewer only: the interval is wider.</source>
            <translation>{mark} Nur von einer Person interviewt: Das Intervall ist breiter.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision:&lt;/b&gt; none recorded yet.</source>
            <translation>&lt;b&gt;Entscheidung:&lt;/b&gt; noch keine festgehalten.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision: {decision}&lt;/b&gt; · decided by {who} on {when} UTC, {after}</source>
            <translation>&lt;b&gt;Entscheidung: {decision}&lt;/b&gt; · entschieden von {who} am {when} UTC, {after}</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rationale:&lt;/b&gt; {rationale}</source>
            <translation>&lt;b&gt;Begründung:&lt;/b&gt; {rationale}</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>Interviewer/in</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>Abgegeben</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>Gesamt</translation>
        </message>
        <message>
            <source>First impr.</source>
            <translation>Erster Eindr.</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>Strukt.</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>Übersp.</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>Empfehlung</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>Interviews</translation>
        </message>
        <message>
            <source>Levels 1-5 against the rubric's described behaviours; {dash} skipped or not scored. The last column is the behaviour described at the mean level, rounded.</source>
            <translation>Stufen 1–5 gemessen an den beschriebenen Verhaltensweisen des Bewertungsbogens; {dash} übersprungen oder nicht bewertet. Die letzte Spalte zeigt das Verhalten, das auf der gerundeten mittleren Stufe beschrieben ist.</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>Frage</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>Mittel</translation>
        </message>
        <message>
            <source>What the mean level looks like</source>
            <translation>Wie die mittlere Stufe aussieht</translation>
        </message>
        <message>
            <source>{section}: level given by each interviewer (1-5)</source>
            <translation>{section}: Stufe je Interviewer/in (1–5)</translation>
        </message>
        <message>
            <source>Notes, strengths and concerns</source>
            <translation>Notizen, Stärken und Bedenken</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>keine angegeben</translation>
        </message>
        <message>
            <source>Interviewed {started}, submitted {submitted} · Recommendation: &lt;b&gt;{verdict}&lt;/b&gt; · Overall {overall}, first impression {impression}, structured {structured}</source>
            <translation>Interviewt {started}, abgegeben {submitted} · Empfehlung: &lt;b&gt;{verdict}&lt;/b&gt; · Gesamt {overall}, erster Eindruck {impression}, strukturiert {structured}</translation>
        </message>
        <message>
            <source>&lt;b&gt;{question}&lt;/b&gt; · skipped: {reason}</source>
            <translation>&lt;b&gt;{question}&lt;/b&gt; · übersprungen: {reason}</translation>
        </message>
        <message>
            <source>No notes on the questions.</source>
            <translation>Keine Notizen zu den Fragen.</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Bedenken</translation>
        </message>
        <message>
            <source>&lt;i&gt;none noted&lt;/i&gt;</source>
            <translation>&lt;i&gt;keine notiert&lt;/i&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;First impression:&lt;/b&gt; not recorded.</source>
            <translation>&lt;b&gt;Erster Eindruck:&lt;/b&gt; nicht festgehalten.</translation>
        </message>
        <message>
            <source>, recorded {seconds} s after arrival</source>
            <translation>, festgehalten {seconds} s nach der Ankunft</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>keine angekreuzt</translation>
        </message>
        <message>
            <source>&lt;b&gt;First impression:&lt;/b&gt; level {level} of 5{when}. Cues seen: {cues}.</source>
            <translation>&lt;b&gt;Erster Eindruck:&lt;/b&gt; Stufe {level} von 5{when}. Beobachtete Merkmale: {cues}.</translation>
        </message>
    </context>
    <context>
        <name>ValidityWindow</name>
        <message>
            <source>Validity · hireapp</source>
            <translation>Validität · hireapp</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>Stelle</translation>
        </message>
        <message>
            <source>Every position</source>
            <translation>Alle Stellen</translation>
        </message>
        <message>
            <source>Review point</source>
            <translation>Zeitpunkt der Beurteilung</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>%n Tag nach der Einstellung</numerusform>
                <numerusform>%n Tage nach der Einstellung</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>&amp;Stelle:</translation>
        </message>
        <message>
            <source>&amp;Review point:</source>
            <translation>&amp;Zeitpunkt der Beurteilung:</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Wird gezählt…</translation>
        </message>
        <message>
            <source>The answer</source>
            <translation>Die Antwort</translation>
        </message>
        <message>
            <source>Hires counted</source>
            <translation>Gezählte Einstellungen</translation>
        </message>
        <message>
            <source>Correlations of interview figures with outcomes</source>
            <translation>Korrelationen der Interview-Kennzahlen mit den Ergebnissen</translation>
        </message>
        <message>
            <source>What the structured score adds</source>
            <translation>Was die strukturierte Bewertung hinzufügt</translation>
        </message>
        <message>
            <source>Each cell: the correlation r (-1 to 1) of the row's interview figure with the column's outcome; {mark} its 95% interval excludes 0. The interval and n are in the cell's tooltip.</source>
            <translation>Jede Zelle: die Korrelation r (−1 bis 1) der Interview-Kennzahl der Zeile mit dem Ergebnis der Spalte; {mark} ihr 95-%-Intervall schließt 0 aus. Intervall und n stehen im Tooltip der Zelle.</translation>
        </message>
        <message>
            <source>About range restriction</source>
            <translation>Über die Einschränkung der Streubreite</translation>
        </message>
        <message>
            <source>&amp;Correlations</source>
            <translation>&amp;Korrelationen</translation>
        </message>
        <message>
            <source>What the structured score &amp;adds to the first impression</source>
            <translation>Was die strukturierte Bewertung zum ersten Eindruck &amp;hinzufügt</translation>
        </message>
        <message>
            <source>&amp;Validity</source>
            <translation>&amp;Validität</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Aktualisieren</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>Sch&amp;ließen</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>Stellen</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>Validität</translation>
        </message>
        <message>
            <source>Did liking in the first 30 seconds predict how customers rated this person?</source>
            <translation>Hat die Sympathie in den ersten 30 Sekunden vorhergesagt, wie Kundinnen und Kunden diese Person bewerteten?</translation>
        </message>
        <message numerus="yes">
            <source>{where}, outcomes %n days after the hire:</source>
            <translation>
                <numerusform>{where}, Ergebnisse %n Tag nach der Einstellung:</numerusform>
                <numerusform>{where}, Ergebnisse %n Tage nach der Einstellung:</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hires with an outcome; n in each figure counts the hires with both of its values.</source>
            <translation>
                <numerusform>%n eingestellte Person mit Ergebnis; n in jeder Kennzahl zählt die Eingestellten mit beiden Werten.</numerusform>
                <numerusform>%n eingestellte Personen mit Ergebnis; n in jeder Kennzahl zählt die Eingestellten mit beiden Werten.</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}: {n} of {minimum} hires with an outcome so far. The figures are shown from {minimum} on; before that they swing too widely to read.</source>
            <translation>{where}: bisher {n} von {minimum} Eingestellten mit Ergebnis. Die Kennzahlen werden ab {minimum} gezeigt; vorher schwanken sie zu stark, um sie zu deuten.</translation>
        </message>
        <message>
            <source>Only people who were hired have outcomes. Those turned down were mostly the ones who scored low, so the hires' scores cover a narrower range than all applicants' did, and a correlation computed among hires understates the one among everyone interviewed: the figures here are, if anything, too low. A weak correlation can hide an interview that does separate good applicants from poor ones; it cannot show what the people not hired would have done.</source>
            <translation>Nur Eingestellte haben Ergebnisse. Abgelehnt wurden vor allem diejenigen mit niedrigen Bewertungen, daher decken die Bewertungen der Eingestellten einen engeren Bereich ab als die aller Bewerbenden, und eine unter den Eingestellten berechnete Korrelation unterschätzt die unter allen Interviewten: Die Zahlen hier sind eher zu niedrig. Eine schwache Korrelation kann ein Interview verbergen, das gute von schwachen Bewerbenden sehr wohl trennt; sie kann nicht zeigen, was die nicht Eingestellten geleistet hätten.</translation>
        </message>
        <message>
            <source>Not known: no customer rating has been recorded for any hire.</source>
            <translation>Nicht bekannt: Für keine Einstellung wurde eine Kundenbewertung festgehalten.</translation>
        </message>
        <message>
            <source>Not known yet: {n} of the {minimum} hires it needs have a customer rating.</source>
            <translation>Noch nicht bekannt: {n} der nötigen {minimum} Eingestellten haben eine Kundenbewertung.</translation>
        </message>
        <message>
            <source>Cannot tell: a value does not vary (n = {n}).</source>
            <translation>Nicht zu sagen: Ein Wert streut nicht (n = {n}).</translation>
        </message>
        <message>
            <source>very weakly</source>
            <translation>sehr schwach</translation>
        </message>
        <message>
            <source>weakly</source>
            <translation>schwach</translation>
        </message>
        <message>
            <source>moderately</source>
            <translation>mäßig</translation>
        </message>
        <message>
            <source>strongly</source>
            <translation>stark</translation>
        </message>
        <message>
            <source>Not clearly: {figure}.</source>
            <translation>Nicht eindeutig: {figure}.</translation>
        </message>
        <message>
            <source>Yes, {strength}: {figure}.</source>
            <translation>Ja, {strength}: {figure}.</translation>
        </message>
        <message>
            <source>No, the opposite, {strength}: {figure}.</source>
            <translation>Nein, im Gegenteil, {strength}: {figure}.</translation>
        </message>
        <message>
            <source>Manager's mean rating</source>
            <translation>Mittlere Bewertung der Führungskraft</translation>
        </message>
        <message>
            <source>Still employed</source>
            <translation>Noch beschäftigt</translation>
        </message>
        <message>
            <source>Manager: {question}</source>
            <translation>Führungskraft: {question}</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>Erster Eindruck</translation>
        </message>
        <message>
            <source>Structured score</source>
            <translation>Strukturierte Bewertung</translation>
        </message>
        <message>
            <source>Not shown: n = {n}</source>
            <translation>Nicht gezeigt: n = {n}</translation>
        </message>
        <message>
            <source>n = {n}</source>
            <translation>n = {n}</translation>
        </message>
        <message>
            <source>r = {r}, 95% interval {low} to {high}, n = {n}</source>
            <translation>r = {r}, 95-%-Intervall {low} bis {high}, n = {n}</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>Ergebnis</translation>
        </message>
        <message>
            <source>R² impression</source>
            <translation>R² Eindruck</translation>
        </message>
        <message>
            <source>R² both</source>
            <translation>R² beide</translation>
        </message>
        <message>
            <source>ΔR²</source>
            <translation>ΔR²</translation>
        </message>
        <message>
            <source>Partial r</source>
            <translation>Partielles r</translation>
        </message>
        <message>
            <source>n</source>
            <translation>n</translation>
        </message>
        <message>
            <source>R² of the outcome on the first impression</source>
            <translation>R² des Ergebnisses auf den ersten Eindruck</translation>
        </message>
        <message>
            <source>R² on the first impression and the structured score</source>
            <translation>R² auf den ersten Eindruck und die strukturierte Bewertung</translation>
        </message>
        <message>
            <source>What adding the structured score adds to R²</source>
            <translation>Was die strukturierte Bewertung zu R² hinzufügt</translation>
        </message>
    </context>
    <context>
        <name>WrapUpPage</name>
        <message>
            <source>Wrap-up</source>
            <translation>Abschluss</translation>
        </message>
        <message>
            <source>Asked only now, after every question, so a verdict cannot lead the ratings.</source>
            <translation>Erst jetzt gefragt, nach allen Fragen, damit kein Gesamturteil die Bewertungen lenkt.</translation>
        </message>
        <message>
            <source>Recommendation:</source>
            <translation>Empfehlung:</translation>
        </message>
        <message>
            <source>Recommendation: {value}</source>
            <translation>Empfehlung: {value}</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>Stärken</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>Bedenken</translation>
        </message>
        <message>
            <source>S&amp;trengths:</source>
            <translation>S&amp;tärken:</translation>
        </message>
        <message>
            <source>Co&amp;ncerns:</source>
            <translation>Bede&amp;nken:</translation>
        </message>
        <message>
            <source>&amp;Review (Enter opens a question):</source>
            <translation>&amp;Überblick (Eingabe öffnet eine Frage):</translation>
        </message>
        <message>
            <source>Review of every answer</source>
            <translation>Überblick über alle Antworten</translation>
        </message>
        <message>
            <source>Why the interview cannot be submitted yet</source>
            <translation>Warum das Interview noch nicht abgegeben werden kann</translation>
        </message>
        <message>
            <source>&amp;Submit interview… (Ctrl+Return)</source>
            <translation>Interview a&amp;bgeben… (Strg+Eingabe)</translation>
        </message>
        <message>
            <source>Submit the interview</source>
            <translation>Das Interview abgeben</translation>
        </message>
        <message>
            <source>Wrap-up page</source>
            <translation>Seite „Abschluss“</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>die Empfehlung</translation>
        </message>
        <message>
            <source>Not submitted yet: still open: {missing}.</source>
            <translation>Noch nicht abgegeben, noch offen: {missing}.</translation>
        </message>
        <message>
            <source>Answer or skip every question first: {questions}</source>
            <translation>Beantworten oder überspringen Sie zuerst jede Frage: {questions}</translation>
        </message>
    </context>
</TS>

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
    <context>
        <name>AmendDialog</name>
        <message>
            <source>Amend first impression</source>
            <translation>[Åɱéñð ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The impression was locked when the questions began. An amendment keeps the original values and your reason in the audit trail.</source>
            <translation>[Ţĥé îɱþŕéššîöñ ŵåš ļöçķéð ŵĥéñ ţĥé ǫûéšţîöñš ƀéĝåñ. Åñ åɱéñðɱéñţ ķééþš ţĥé öŕîĝîñåļ ṽåļûéš åñð ýöûŕ ŕéåšöñ îñ ţĥé åûðîţ ţŕåîļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Likeability</source>
            <translation>[Ļîķéåƀîļîţý ~~~~~]</translation>
        </message>
        <message>
            <source>Observed:</source>
            <translation>[Öƀšéŕṽéð: ~~~~]</translation>
        </message>
        <message>
            <source>Cue: {cue}</source>
            <translation>[Çûé: {cue} ~~]</translation>
        </message>
        <message>
            <source>First impression note</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ñöţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>[&amp;Nöţé: ~~]</translation>
        </message>
        <message>
            <source>Reason for the amendment</source>
            <translation>[Ŕéåšöñ ƒöŕ ţĥé åɱéñðɱéñţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Required: why does it change?</source>
            <translation>[Ŕéǫûîŕéð: ŵĥý ðöéš îţ çĥåñĝé? ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Reason:</source>
            <translation>[&amp;Réåšöñ: ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Anchors</name>
        <message>
            <source>Between {below} ({below_gist}) and {above} ({above_gist})</source>
            <translation>[Ɓéţŵééñ {below} ({below_gist}) åñð {above} ({above_gist}) ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Application</name>
        <message>
            <source>hireapp cannot open its database</source>
            <translation>[ĥîŕéåþþ çåññöţ öþéñ îţš ðåţåƀåšé ~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>CandidateDialog</name>
        <message>
            <source>Choose a position or type a new one.</source>
            <translation>[Çĥööšé å þöšîţîöñ öŕ ţýþé å ñéŵ öñé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter the candidate's name.</source>
            <translation>[Éñţéŕ ţĥé çåñðîðåţé'š ñåɱé. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter an email: it identifies the candidate across machines.</source>
            <translation>[Éñţéŕ åñ éɱåîļ: îţ îðéñţîƒîéš ţĥé çåñðîðåţé åçŕöšš ɱåçĥîñéš. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose or type the position applied for.</source>
            <translation>[Çĥööšé öŕ ţýþé ţĥé þöšîţîöñ åþþļîéð ƒöŕ. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>[Ñåɱé ~~]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>[Éɱåîļ ~~]</translation>
        </message>
        <message>
            <source>Phone</source>
            <translation>[Þĥöñé ~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>{field}: {problem}.</source>
            <translation>[{field}: {problem}. ~~]</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>[Ñéŵ çåñðîðåţé ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>[&amp;Nåɱé: ~~]</translation>
        </message>
        <message>
            <source>Candidate name</source>
            <translation>[Çåñðîðåţé ñåɱé ~~~~~~]</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>[Ŕéǫûîŕéð ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Email:</source>
            <translation>[&amp;Eɱåîļ: ~~~]</translation>
        </message>
        <message>
            <source>Candidate email</source>
            <translation>[Çåñðîðåţé éɱåîļ ~~~~~~]</translation>
        </message>
        <message>
            <source>name@example.org (identifies the candidate)</source>
            <translation>[ñåɱé@éẋåɱþļé.öŕĝ (îðéñţîƒîéš ţĥé çåñðîðåţé) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>P&amp;hone:</source>
            <translation>[Þ&amp;höñé: ~~~]</translation>
        </message>
        <message>
            <source>Candidate phone</source>
            <translation>[Çåñðîðåţé þĥöñé ~~~~~~]</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>[Öþţîöñåļ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>[&amp;Pöšîţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Position applied for</source>
            <translation>[Þöšîţîöñ åþþļîéð ƒöŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>[Ŵĥåţ îš ŵŕöñĝ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>interrupted</source>
            <translation>[îñţéŕŕûþţéð ~~~~~]</translation>
        </message>
        <message>
            <source>no candidates yet: add some, or try `hireapp demo` (from a source checkout: `make demo`)</source>
            <translation>[ñö çåñðîðåţéš ýéţ: åðð šöɱé, öŕ ţŕý `ĥîŕéåþþ ðéɱö` (ƒŕöɱ å šöûŕçé çĥéçķöûţ: `ɱåķé ðéɱö`) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>id</source>
            <translation>[îð ~]</translation>
        </message>
        <message>
            <source>name</source>
            <translation>[ñåɱé ~~]</translation>
        </message>
        <message>
            <source>position</source>
            <translation>[þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>stage</source>
            <translation>[šţåĝé ~~]</translation>
        </message>
        <message>
            <source>int.</source>
            <translation>[îñţ. ~~]</translation>
        </message>
        <message>
            <source>overall</source>
            <translation>[öṽéŕåļļ ~~~]</translation>
        </message>
        <message>
            <source>impression</source>
            <translation>[îɱþŕéššîöñ ~~~~]</translation>
        </message>
        <message>
            <source>structured</source>
            <translation>[šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>recommendations (--/-/+/++)</source>
            <translation>[ŕéçöɱɱéñðåţîöñš (--/-/+/++) ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>decision</source>
            <translation>[ðéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <source>nothing erased</source>
            <translation>[ñöţĥîñĝ éŕåšéð ~~~~~~]</translation>
        </message>
        <message>
            <source>erased candidate {id} and {interviews} interviews</source>
            <translation>[éŕåšéð çåñðîðåţé {id} åñð {interviews} îñţéŕṽîéŵš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>another program has the database open; its log is emptied when it closes</source>
            <translation>[åñöţĥéŕ þŕöĝŕåɱ ĥåš ţĥé ðåţåƀåšé öþéñ; îţš ļöĝ îš éɱþţîéð ŵĥéñ îţ çļöšéš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>backed up {database} to {file}: {candidates} candidates, {interviews} interviews</source>
            <translation>[ƀåçķéð ûþ {database} ţö {file}: {candidates} çåñðîðåţéš, {interviews} îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>nothing restored</source>
            <translation>[ñöţĥîñĝ ŕéšţöŕéð ~~~~~~~]</translation>
        </message>
        <message>
            <source>restored {file} into {database}; the replaced database was kept as {copy}</source>
            <translation>[ŕéšţöŕéð {file} îñţö {database}; ţĥé ŕéþļåçéð ðåţåƀåšé ŵåš ķéþţ åš {copy} ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>no candidate without activity in the last {age}</source>
            <translation>[ñö çåñðîðåţé ŵîţĥöûţ åçţîṽîţý îñ ţĥé ļåšţ {age} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>email</source>
            <translation>[éɱåîļ ~~]</translation>
        </message>
        <message>
            <source>last activity</source>
            <translation>[ļåšţ åçţîṽîţý ~~~~~~]</translation>
        </message>
        <message>
            <source>{count} candidates would be erased; run again with --yes to erase them</source>
            <translation>[{count} çåñðîðåţéš ŵöûļð ƀé éŕåšéð; ŕûñ åĝåîñ ŵîţĥ --ýéš ţö éŕåšé ţĥéɱ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>erased {candidates} candidates and {interviews} interviews</source>
            <translation>[éŕåšéð {candidates} çåñðîðåţéš åñð {interviews} îñţéŕṽîéŵš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name} ({position}): {decision}, decided by {who} on {when} UTC, {after}</source>
            <translation>[{name} ({position}): {decision}, ðéçîðéð ƀý {who} öñ {when} ÛŢÇ, {after} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>wrote {count} answers to {file}</source>
            <translation>[ŵŕöţé {count} åñšŵéŕš ţö {file} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>nothing was imported</source>
            <translation>[ñöţĥîñĝ ŵåš îɱþöŕţéð ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Summary: {about}</source>
            <translation>[Šûɱɱåŕý: {about} ~~~~]</translation>
        </message>
        <message>
            <source>Comparison: {about}</source>
            <translation>[Çöɱþåŕîšöñ: {about} ~~~~~]</translation>
        </message>
        <message>
            <source>Debrief: {about}</source>
            <translation>[Ðéƀŕîéƒ: {about} ~~~~]</translation>
        </message>
        <message>
            <source>wrote {file}: {title}</source>
            <translation>[ŵŕöţé {file}: {title} ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>; %n without a submitted interview left out</source>
            <translation>
                <numerusform>[; %n ŵîţĥöûţ å šûƀɱîţţéð îñţéŕṽîéŵ ļéƒţ öûţ ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[; %n ŵîţĥöûţ å šûƀɱîţţéð îñţéŕṽîéŵ ļéƒţ öûţ ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>wrote %n summaries for {position} to {folder}</source>
            <translation>
                <numerusform>[ŵŕöţé %n šûɱɱåŕîéš ƒöŕ {position} ţö {folder} ~~~~~~~~~~]</numerusform>
                <numerusform>[ŵŕöţé %n šûɱɱåŕîéš ƒöŕ {position} ţö {folder} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>ComparisonPdf</name>
        <message>
            <source>Shortlist comparison: {positions}</source>
            <translation>[Šĥöŕţļîšţ çöɱþåŕîšöñ: {positions} ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Structured interview comparison of %n candidates: {names}</source>
            <translation>
                <numerusform>[Šţŕûçţûŕéð îñţéŕṽîéŵ çöɱþåŕîšöñ öƒ %n çåñðîðåţéš: {names} ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Šţŕûçţûŕéð îñţéŕṽîéŵ çöɱþåŕîšöñ öƒ %n çåñðîðåţéš: {names} ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Shortlist comparison</source>
            <translation>[Šĥöŕţļîšţ çöɱþåŕîšöñ ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{positions} · %n candidates · printed {day}</source>
            <translation>
                <numerusform>[{positions} · %n çåñðîðåţéš · þŕîñţéð {day} ~~~~~~~~~~]</numerusform>
                <numerusform>[{positions} · %n çåñðîðåţéš · þŕîñţéð {day} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Scores are means over each candidate's submitted interviews; drafts are left out. Overall, first impression and structured are on 0-100; questions show the mean level on the anchored 1-5 scale. The fair score is the structured score with the interviewers' leniency taken out, fitted over each position's candidates, with its 80% interval. The best figure in each row is in bold.</source>
            <translation>[Šçöŕéš åŕé ɱéåñš öṽéŕ éåçĥ çåñðîðåţé'š šûƀɱîţţéð îñţéŕṽîéŵš; ðŕåƒţš åŕé ļéƒţ öûţ. Öṽéŕåļļ, ƒîŕšţ îɱþŕéššîöñ åñð šţŕûçţûŕéð åŕé öñ 0-100; ǫûéšţîöñš šĥöŵ ţĥé ɱéåñ ļéṽéļ öñ ţĥé åñçĥöŕéð 1-5 šçåļé. Ţĥé ƒåîŕ šçöŕé îš ţĥé šţŕûçţûŕéð šçöŕé ŵîţĥ ţĥé îñţéŕṽîéŵéŕš' ļéñîéñçý ţåķéñ öûţ, ƒîţţéð öṽéŕ éåçĥ þöšîţîöñ'š çåñðîðåţéš, ŵîţĥ îţš 80% îñţéŕṽåļ. Ţĥé ƀéšţ ƒîĝûŕé îñ éåçĥ ŕöŵ îš îñ ƀöļð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scores of {names} are hidden until you submit your own interview: colleagues' scores stay hidden until then.</source>
            <translation>[Šçöŕéš öƒ {names} åŕé ĥîððéñ ûñţîļ ýöû šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ: çöļļéåĝûéš' šçöŕéš šţåý ĥîððéñ ûñţîļ ţĥéñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} seen by one interviewer only</source>
            <translation>[{mark} šééñ ƀý öñé îñţéŕṽîéŵéŕ öñļý ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Submitted interviews</source>
            <translation>[Šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>[Öṽéŕåļļ ~~~]</translation>
        </message>
        <message>
            <source>First impression (30 s)</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ (30 š) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured questions</source>
            <translation>[Šţŕûçţûŕéð ǫûéšţîöñš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fair score (80% interval)</source>
            <translation>[Ƒåîŕ šçöŕé (80% îñţéŕṽåļ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{count} {recommendation}</source>
            <translation>[{count} {recommendation} ~]</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>[Ŕéçöɱɱéñðåţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>Halo gap (impression − structured)</source>
            <translation>[Ĥåļö ĝåþ (îɱþŕéššîöñ − šţŕûçţûŕéð) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Disagreement (points)</source>
            <translation>[Ðîšåĝŕééɱéñţ (þöîñţš) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Drafts left out</source>
            <translation>[Ðŕåƒţš ļéƒţ öûţ ~~~~~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Overall score beside its two parts (0-100)</source>
            <translation>[Öṽéŕåļļ šçöŕé ƀéšîðé îţš ţŵö þåŕţš (0-100) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Impression and evidence apart</source>
            <translation>[Îɱþŕéššîöñ åñð éṽîðéñçé åþåŕţ ~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ComparisonTable</name>
        <message>
            <source>{withheld} your own interview</source>
            <translation>[{withheld} ýöûŕ öŵñ îñţéŕṽîéŵ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>No fair score: it needs a submitted interview with scored answers, and is shown while a fair score column is.</source>
            <translation>[Ñö ƒåîŕ šçöŕé: îţ ñééðš å šûƀɱîţţéð îñţéŕṽîéŵ ŵîţĥ šçöŕéð åñšŵéŕš, åñð îš šĥöŵñ ŵĥîļé å ƒåîŕ šçöŕé çöļûɱñ îš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No submitted interview with both a first impression and scored answers yet.</source>
            <translation>[Ñö šûƀɱîţţéð îñţéŕṽîéŵ ŵîţĥ ƀöţĥ å ƒîŕšţ îɱþŕéššîöñ åñð šçöŕéð åñšŵéŕš ýéţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flagged at {threshold} points (one level) or more: check whether liking, rather than the answers, is carrying this candidate.</source>
            <translation>[Ƒļåĝĝéð åţ {threshold} þöîñţš (öñé ļéṽéļ) öŕ ɱöŕé: çĥéçķ ŵĥéţĥéŕ ļîķîñĝ, ŕåţĥéŕ ţĥåñ ţĥé åñšŵéŕš, îš çåŕŕýîñĝ ţĥîš çåñðîðåţé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Flagged at {threshold} points (one level) or more: check whether a weak first moment is holding back a candidate whose answers are good.</source>
            <translation>[Ƒļåĝĝéð åţ {threshold} þöîñţš (öñé ļéṽéļ) öŕ ɱöŕé: çĥéçķ ŵĥéţĥéŕ å ŵéåķ ƒîŕšţ ɱöɱéñţ îš ĥöļðîñĝ ƀåçķ å çåñðîðåţé ŵĥöšé åñšŵéŕš åŕé ĝööð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Active: still being considered</source>
            <translation>[Åçţîṽé: šţîļļ ƀéîñĝ çöñšîðéŕéð ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hired</source>
            <translation>[Ĥîŕéð ~~]</translation>
        </message>
        <message>
            <source>Rejected</source>
            <translation>[Ŕéĵéçţéð ~~~~]</translation>
        </message>
        <message>
            <source>Withdrawn: the candidate withdrew their application</source>
            <translation>[Ŵîţĥðŕåŵñ: ţĥé çåñðîðåţé ŵîţĥðŕéŵ ţĥéîŕ åþþļîçåţîöñ ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewed: at least one interview was submitted</source>
            <translation>[Îñţéŕṽîéŵéð: åţ ļéåšţ öñé îñţéŕṽîéŵ ŵåš šûƀɱîţţéð ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In progress: an interview was started but none is submitted yet</source>
            <translation>[Îñ þŕöĝŕéšš: åñ îñţéŕṽîéŵ ŵåš šţåŕţéð ƀûţ ñöñé îš šûƀɱîţţéð ýéţ ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Waiting: no interview was started yet</source>
            <translation>[Ŵåîţîñĝ: ñö îñţéŕṽîéŵ ŵåš šţåŕţéð ýéţ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reads “{withheld} your own interview” for a candidate you are still interviewing</source>
            <translation>[Ŕéåðš “{withheld} ýöûŕ öŵñ îñţéŕṽîéŵ” ƒöŕ å çåñðîðåţé ýöû åŕé šţîļļ îñţéŕṽîéŵîñĝ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No submitted interview yet: figures appear once an interview is submitted.</source>
            <translation>[Ñö šûƀɱîţţéð îñţéŕṽîéŵ ýéţ: ƒîĝûŕéš åþþéåŕ öñçé åñ îñţéŕṽîéŵ îš šûƀɱîţţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{name} &lt;{email}&gt;, {position}.
Double-click or press Enter to interview this candidate.</source>
            <translation>[{name} &lt;{email}&gt;, {position}.
Ðöûƀļé-çļîçķ öŕ þŕéšš Éñţéŕ ţö îñţéŕṽîéŵ ţĥîš çåñðîðåţé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Applied for {position}</source>
            <translation>[Åþþļîéð ƒöŕ {position} ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Overall score: {score} of 100 (about level {level} of 5), the mean over %n submitted interview(s). It weighs the first impression and the structured answers as the rubric says.</source>
            <translation>
                <numerusform>[Öṽéŕåļļ šçöŕé: {score} öƒ 100 (åƀöûţ ļéṽéļ {level} öƒ 5), ţĥé ɱéåñ öṽéŕ %n šûƀɱîţţéð îñţéŕṽîéŵ(š). Îţ ŵéîĝĥš ţĥé ƒîŕšţ îɱþŕéššîöñ åñð ţĥé šţŕûçţûŕéð åñšŵéŕš åš ţĥé ŕûƀŕîç šåýš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Öṽéŕåļļ šçöŕé: {score} öƒ 100 (åƀöûţ ļéṽéļ {level} öƒ 5), ţĥé ɱéåñ öṽéŕ %n šûƀɱîţţéð îñţéŕṽîéŵ(š). Îţ ŵéîĝĥš ţĥé ƒîŕšţ îɱþŕéššîöñ åñð ţĥé šţŕûçţûŕéð åñšŵéŕš åš ţĥé ŕûƀŕîç šåýš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>First impression: {score} of 100 (about level {level} of 5), the mean over the submitted interviews that recorded one. Level 1 is 0, level 5 is 100.</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ: {score} öƒ 100 (åƀöûţ ļéṽéļ {level} öƒ 5), ţĥé ɱéåñ öṽéŕ ţĥé šûƀɱîţţéð îñţéŕṽîéŵš ţĥåţ ŕéçöŕðéð öñé. Ļéṽéļ 1 îš 0, ļéṽéļ 5 îš 100. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured score: {score} of 100 (about level {level} of 5), the mean over the submitted interviews with scored answers. Each is the weighted mean of the anchored answers; 25 points is one level.</source>
            <translation>[Šţŕûçţûŕéð šçöŕé: {score} öƒ 100 (åƀöûţ ļéṽéļ {level} öƒ 5), ţĥé ɱéåñ öṽéŕ ţĥé šûƀɱîţţéð îñţéŕṽîéŵš ŵîţĥ šçöŕéð åñšŵéŕš. Éåçĥ îš ţĥé ŵéîĝĥţéð ɱéåñ öƒ ţĥé åñçĥöŕéð åñšŵéŕš; 25 þöîñţš îš öñé ļéṽéļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No decision recorded yet.</source>
            <translation>[Ñö ðéçîšîöñ ŕéçöŕðéð ýéţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The panel's current decision: {decision}. The debrief shows why.</source>
            <translation>[Ţĥé þåñéļ'š çûŕŕéñţ ðéçîšîöñ: {decision}. Ţĥé ðéƀŕîéƒ šĥöŵš ŵĥý. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommendations ({order}): none yet. {why}</source>
            <translation>[Ŕéçöɱɱéñðåţîöñš ({order}): ñöñé ýéţ. {why} ~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Recommendations of %n submitted interview(s): {tally}.</source>
            <translation>
                <numerusform>[Ŕéçöɱɱéñðåţîöñš öƒ %n šûƀɱîţţéð îñţéŕṽîéŵ(š): {tally}. ~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ŕéçöɱɱéñðåţîöñš öƒ %n šûƀɱîţţéð îñţéŕṽîéŵ(š): {tally}. ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Disagreement needs two or more submitted interviews: the largest gap between two interviewers' structured scores.</source>
            <translation>[Ðîšåĝŕééɱéñţ ñééðš ţŵö öŕ ɱöŕé šûƀɱîţţéð îñţéŕṽîéŵš: ţĥé ļåŕĝéšţ ĝåþ ƀéţŵééñ ţŵö îñţéŕṽîéŵéŕš' šţŕûçţûŕéð šçöŕéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The interviewers' structured scores lie {points} points ({levels} levels) apart: the highest minus the lowest among the submitted interviews.</source>
            <translation>[Ţĥé îñţéŕṽîéŵéŕš' šţŕûçţûŕéð šçöŕéš ļîé {points} þöîñţš ({levels} ļéṽéļš) åþåŕţ: ţĥé ĥîĝĥéšţ ɱîñûš ţĥé ļöŵéšţ åɱöñĝ ţĥé šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{points} points, halo flag</source>
            <translation>[{points} þöîñţš, ĥåļö ƒļåĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>{points} points</source>
            <translation>[{points} þöîñţš ~~~]</translation>
        </message>
        <message>
            <source>80% interval {low} to {high}</source>
            <translation>[80% îñţéŕṽåļ {low} ţö {high} ~~~~~~~]</translation>
        </message>
        <message>
            <source>no figure yet</source>
            <translation>[ñö ƒîĝûŕé ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>[Çåñðîðåţé ~~~~]</translation>
        </message>
        <message>
            <source>The candidate's name, in the order of your language; double-click a row or press Enter to interview the candidate</source>
            <translation>[Ţĥé çåñðîðåţé'š ñåɱé, îñ ţĥé öŕðéŕ öƒ ýöûŕ ļåñĝûåĝé; ðöûƀļé-çļîçķ å ŕöŵ öŕ þŕéšš Éñţéŕ ţö îñţéŕṽîéŵ ţĥé çåñðîðåţé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Email</source>
            <translation>[Éɱåîļ ~~]</translation>
        </message>
        <message>
            <source>The candidate's email address</source>
            <translation>[Ţĥé çåñðîðåţé'š éɱåîļ åððŕéšš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>The position applied for</source>
            <translation>[Ţĥé þöšîţîöñ åþþļîéð ƒöŕ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>[Šţåţûš ~~~]</translation>
        </message>
        <message>
            <source>Active, hired, rejected or withdrawn</source>
            <translation>[Åçţîṽé, ĥîŕéð, ŕéĵéçţéð öŕ ŵîţĥðŕåŵñ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stage</source>
            <translation>[Šţåĝé ~~]</translation>
        </message>
        <message>
            <source>Interviewed (an interview submitted), in progress (a draft only) or waiting (no interview yet)</source>
            <translation>[Îñţéŕṽîéŵéð (åñ îñţéŕṽîéŵ šûƀɱîţţéð), îñ þŕöĝŕéšš (å ðŕåƒţ öñļý) öŕ ŵåîţîñĝ (ñö îñţéŕṽîéŵ ýéţ) ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>[Îñţéŕṽîéŵš ~~~~]</translation>
        </message>
        <message>
            <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft. Drafts count in no figure</source>
            <translation>[Šûƀɱîţţéð îñţéŕṽîéŵš, ŵîţĥ ðŕåƒţš šţîļļ îñ þŕöĝŕéšš îñ ƀŕåçķéţš: 2 (1) îš 2 šûƀɱîţţéð åñð 1 ðŕåƒţ. Ðŕåƒţš çöûñţ îñ ñö ƒîĝûŕé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>[Öṽéŕåļļ ~~~]</translation>
        </message>
        <message>
            <source>Overall score 0-100, the mean over submitted interviews; it weighs the first impression and the structured answers as the rubric says</source>
            <translation>[Öṽéŕåļļ šçöŕé 0-100, ţĥé ɱéåñ öṽéŕ šûƀɱîţţéð îñţéŕṽîéŵš; îţ ŵéîĝĥš ţĥé ƒîŕšţ îɱþŕéššîöñ åñð ţĥé šţŕûçţûŕéð åñšŵéŕš åš ţĥé ŕûƀŕîç šåýš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>The 30-second likeability, 0-100 (level 1 is 0, level 5 is 100), the mean over submitted interviews</source>
            <translation>[Ţĥé 30-šéçöñð ļîķéåƀîļîţý, 0-100 (ļéṽéļ 1 îš 0, ļéṽéļ 5 îš 100), ţĥé ɱéåñ öṽéŕ šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Weighted mean of the anchored answers, 0-100 (25 points a level), the mean over submitted interviews</source>
            <translation>[Ŵéîĝĥţéð ɱéåñ öƒ ţĥé åñçĥöŕéð åñšŵéŕš, 0-100 (25 þöîñţš å ļéṽéļ), ţĥé ɱéåñ öṽéŕ šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Halo</source>
            <translation>[Ĥåļö ~~]</translation>
        </message>
        <message>
            <source>First impression minus structured score, in points; ⚠ when a whole level (25 points) or more apart. Sorts by the size of the gap</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ɱîñûš šţŕûçţûŕéð šçöŕé, îñ þöîñţš; ⚠ ŵĥéñ å ŵĥöļé ļéṽéļ (25 þöîñţš) öŕ ɱöŕé åþåŕţ. Šöŕţš ƀý ţĥé šîžé öƒ ţĥé ĝåþ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>[Ŕéçöɱɱéñðåţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>How many submitted interviews recommended {order}: 0 / 1 / 2 / 0 is one no and two yes</source>
            <translation>[Ĥöŵ ɱåñý šûƀɱîţţéð îñţéŕṽîéŵš ŕéçöɱɱéñðéð {order}: 0 / 1 / 2 / 0 îš öñé ñö åñð ţŵö ýéš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>[Ðîšåĝŕééɱéñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Largest gap between two interviewers' structured scores, in points; 25 points is one level. Needs two submitted interviews</source>
            <translation>[Ļåŕĝéšţ ĝåþ ƀéţŵééñ ţŵö îñţéŕṽîéŵéŕš' šţŕûçţûŕéð šçöŕéš, îñ þöîñţš; 25 þöîñţš îš öñé ļéṽéļ. Ñééðš ţŵö šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fair score</source>
            <translation>[Ƒåîŕ šçöŕé ~~~~]</translation>
        </message>
        <message>
            <source>The structured score with the interviewers' leniency or severity taken out, fitted over the position's candidates; † when one interviewer only saw the candidate</source>
            <translation>[Ţĥé šţŕûçţûŕéð šçöŕé ŵîţĥ ţĥé îñţéŕṽîéŵéŕš' ļéñîéñçý öŕ šéṽéŕîţý ţåķéñ öûţ, ƒîţţéð öṽéŕ ţĥé þöšîţîöñ'š çåñðîðåţéš; † ŵĥéñ öñé îñţéŕṽîéŵéŕ öñļý šåŵ ţĥé çåñðîðåţé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fair 80% interval</source>
            <translation>[Ƒåîŕ 80% îñţéŕṽåļ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Where the fair score lies with 80% confidence; overlapping intervals cannot order two candidates. Sorts by the lower end</source>
            <translation>[Ŵĥéŕé ţĥé ƒåîŕ šçöŕé ļîéš ŵîţĥ 80% çöñƒîðéñçé; öṽéŕļåþþîñĝ îñţéŕṽåļš çåññöţ öŕðéŕ ţŵö çåñðîðåţéš. Šöŕţš ƀý ţĥé ļöŵéŕ éñð ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <source>The panel's current decision: advance, hire, reject or on hold; blank before one</source>
            <translation>[Ţĥé þåñéļ'š çûŕŕéñţ ðéçîšîöñ: åðṽåñçé, ĥîŕé, ŕéĵéçţ öŕ öñ ĥöļð; ƀļåñķ ƀéƒöŕé öñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any decision</source>
            <translation>[Åñý ðéçîšîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>No decision yet</source>
            <translation>[Ñö ðéçîšîöñ ýéţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Decision: {decision}</source>
            <translation>[Ðéçîšîöñ: {decision} ~~~~]</translation>
        </message>
        <message>
            <source>Any recommendation</source>
            <translation>[Åñý ŕéçöɱɱéñðåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: mostly yes</source>
            <translation>[Ŕéçöɱɱéñðéð: ɱöšţļý ýéš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: mostly no</source>
            <translation>[Ŕéçöɱɱéñðéð: ɱöšţļý ñö ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: a strong yes</source>
            <translation>[Ŕéçöɱɱéñðéð: å šţŕöñĝ ýéš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: a strong no</source>
            <translation>[Ŕéçöɱɱéñðéð: å šţŕöñĝ ñö ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommended: none yet</source>
            <translation>[Ŕéçöɱɱéñðéð: ñöñé ýéţ ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ComparisonView</name>
        <message>
            <source>Loading candidates…</source>
            <translation>[Ļöåðîñĝ çåñðîðåţéš… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search name or email (Ctrl+F)</source>
            <translation>[Šéåŕçĥ ñåɱé öŕ éɱåîļ (Çţŕļ+Ƒ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Any status</source>
            <translation>[Åñý šţåţûš ~~~~]</translation>
        </message>
        <message>
            <source>Overall ≥ </source>
            <translation>[Öṽéŕåļļ ≥  ~~~~]</translation>
        </message>
        <message>
            <source>Any overall score</source>
            <translation>[Åñý öṽéŕåļļ šçöŕé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Show only candidates whose overall score is at least this</source>
            <translation>[Šĥöŵ öñļý çåñðîðåţéš ŵĥöšé öṽéŕåļļ šçöŕé îš åţ ļéåšţ ţĥîš ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Halo only</source>
            <translation>[Ĥåļö öñļý ~~~~]</translation>
        </message>
        <message>
            <source>Only candidates whose first impression and structured score are a level or more apart</source>
            <translation>[Öñļý çåñðîðåţéš ŵĥöšé ƒîŕšţ îɱþŕéššîöñ åñð šţŕûçţûŕéð šçöŕé åŕé å ļéṽéļ öŕ ɱöŕé åþåŕţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Side by side…</source>
            <translation>[Šîðé ƀý šîðé… ~~~~~~]</translation>
        </message>
        <message>
            <source>Compare {least} to {most} selected candidates question by question ({key})</source>
            <translation>[Çöɱþåŕé {least} ţö {most} šéļéçţéð çåñðîðåţéš ǫûéšţîöñ ƀý ǫûéšţîöñ ({key}) ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Insight…</source>
            <translation>[Îñšîĝĥţ… ~~~~]</translation>
        </message>
        <message>
            <source>Halo, interviewer calibration and agreement, explained</source>
            <translation>[Ĥåļö, îñţéŕṽîéŵéŕ çåļîƀŕåţîöñ åñð åĝŕééɱéñţ, éẋþļåîñéð ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Export CSV…</source>
            <translation>[Éẋþöŕţ ÇŠṼ… ~~~~~]</translation>
        </message>
        <message>
            <source>The rows shown, in the order shown, as a CSV file</source>
            <translation>[Ţĥé ŕöŵš šĥöŵñ, îñ ţĥé öŕðéŕ šĥöŵñ, åš å ÇŠṼ ƒîļé ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Clear search and filters</source>
            <translation>[Çļéåŕ šéåŕçĥ åñð ƒîļţéŕš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search candidates</source>
            <translation>[Šéåŕçĥ çåñðîðåţéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Shows only candidates whose name or email contains the words typed</source>
            <translation>[Šĥöŵš öñļý çåñðîðåţéš ŵĥöšé ñåɱé öŕ éɱåîļ çöñţåîñš ţĥé ŵöŕðš ţýþéð ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>[Šţåţûš ƒîļţéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Shows only candidates with this status</source>
            <translation>[Šĥöŵš öñļý çåñðîðåţéš ŵîţĥ ţĥîš šţåţûš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Lowest overall score</source>
            <translation>[Ļöŵéšţ öṽéŕåļļ šçöŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommendation filter</source>
            <translation>[Ŕéçöɱɱéñðåţîöñ ƒîļţéŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shows only candidates whose interviewers recommended them this way</source>
            <translation>[Šĥöŵš öñļý çåñðîðåţéš ŵĥöšé îñţéŕṽîéŵéŕš ŕéçöɱɱéñðéð ţĥéɱ ţĥîš ŵåý ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Decision filter</source>
            <translation>[Ðéçîšîöñ ƒîļţéŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>Shows only candidates with this current decision</source>
            <translation>[Šĥöŵš öñļý çåñðîðåţéš ŵîţĥ ţĥîš çûŕŕéñţ ðéçîšîöñ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>[Šîðé ƀý šîðé ~~~~~]</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>[Îñšîĝĥţ ~~~]</translation>
        </message>
        <message>
            <source>Export CSV</source>
            <translation>[Éẋþöŕţ ÇŠṼ ~~~~]</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>[Çåñðîðåţéš ~~~~]</translation>
        </message>
        <message>
            <source>One row per candidate with their scores; Enter interviews the candidate of the current row</source>
            <translation>[Öñé ŕöŵ þéŕ çåñðîðåţé ŵîţĥ ţĥéîŕ šçöŕéš; Éñţéŕ îñţéŕṽîéŵš ţĥé çåñðîðåţé öƒ ţĥé çûŕŕéñţ ŕöŵ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Candidates shown</source>
            <translation>[Çåñðîðåţéš šĥöŵñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Why no candidate is shown</source>
            <translation>[Ŵĥý ñö çåñðîðåţé îš šĥöŵñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading, with fair scores (this may take a while)…</source>
            <translation>[Ļöåðîñĝ, ŵîţĥ ƒåîŕ šçöŕéš (ţĥîš ɱåý ţåķé å ŵĥîļé)… ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Load candidates</source>
            <translation>[Ļöåð çåñðîðåţéš ~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;p&gt;The candidates could not be loaded.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Check the database connection, then press Refresh (F5).&lt;/p&gt;</source>
            <translation>[&lt;p&gt;Ţĥé çåñðîðåţéš çöûļð ñöţ ƀé ļöåðéð.&lt;/p&gt;&lt;p&gt;{reason}&lt;/p&gt;&lt;p&gt;Çĥéçķ ţĥé ðåţåƀåšé çöññéçţîöñ, ţĥéñ þŕéšš Ŕéƒŕéšĥ (Ƒ5).&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Something unexpected went wrong.</source>
            <translation>[Šöɱéţĥîñĝ ûñéẋþéçţéð ŵéñţ ŵŕöñĝ. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No candidates for this position yet.</source>
            <translation>[Ñö çåñðîðåţéš ƒöŕ ţĥîš þöšîţîöñ ýéţ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No candidates yet.</source>
            <translation>[Ñö çåñðîðåţéš ýéţ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start an interview with &lt;b&gt;New interview&lt;/b&gt; (Ctrl+N), add a candidate with &lt;b&gt;New candidate&lt;/b&gt; (Ctrl+Shift+N) or import them from CSV; their scores appear here once an interview is submitted. To try it with realistic data, run &lt;code&gt;hireapp demo&lt;/code&gt; in a terminal (from a source checkout: &lt;code&gt;make demo&lt;/code&gt;).</source>
            <translation>[Šţåŕţ åñ îñţéŕṽîéŵ ŵîţĥ &lt;b&gt;Ñéŵ îñţéŕṽîéŵ&lt;/b&gt; (Çţŕļ+Ñ), åðð å çåñðîðåţé ŵîţĥ &lt;b&gt;Ñéŵ çåñðîðåţé&lt;/b&gt; (Çţŕļ+Šĥîƒţ+Ñ) öŕ îɱþöŕţ ţĥéɱ ƒŕöɱ ÇŠṼ; ţĥéîŕ šçöŕéš åþþéåŕ ĥéŕé öñçé åñ îñţéŕṽîéŵ îš šûƀɱîţţéð. Ţö ţŕý îţ ŵîţĥ ŕéåļîšţîç ðåţå, ŕûñ &lt;code&gt;ĥîŕéåþþ ðéɱö&lt;/code&gt; îñ å ţéŕɱîñåļ (ƒŕöɱ å šöûŕçé çĥéçķöûţ: &lt;code&gt;ɱåķé ðéɱö&lt;/code&gt;). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>None of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>[Ñöñé öƒ %Ln çåñðîðåţé(š) šĥöŵñ ~~~~~~~~~~~]</numerusform>
                <numerusform>[Ñöñé öƒ %Ln çåñðîðåţé(š) šĥöŵñ ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>&lt;p&gt;&lt;b&gt;No candidate matches the search and filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Loosen a filter, or clear them all.&lt;/p&gt;</source>
            <translation>[&lt;p&gt;&lt;b&gt;Ñö çåñðîðåţé ɱåţçĥéš ţĥé šéåŕçĥ åñð ƒîļţéŕš.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Ļööšéñ å ƒîļţéŕ, öŕ çļéåŕ ţĥéɱ åļļ.&lt;/p&gt; ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Select {least} to {most} candidates to compare (Ctrl+click or Shift+click rows).</source>
            <translation>[Šéļéçţ {least} ţö {most} çåñðîðåţéš ţö çöɱþåŕé (Çţŕļ+çļîçķ öŕ Šĥîƒţ+çļîçķ ŕöŵš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Export the table as CSV</source>
            <translation>[Éẋþöŕţ ţĥé ţåƀļé åš ÇŠṼ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>CSV files (*.csv)</source>
            <translation>[ÇŠṼ ƒîļéš (*.çšṽ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot export the table</source>
            <translation>[Çåññöţ éẋþöŕţ ţĥé ţåƀļé ~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Exported %Ln candidate(s) to {path}</source>
            <translation>
                <numerusform>[Éẋþöŕţéð %Ln çåñðîðåţé(š) ţö {path} ~~~~~~~~~~~]</numerusform>
                <numerusform>[Éẋþöŕţéð %Ln çåñðîðåţé(š) ţö {path} ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>[Ļöåðîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>Not updated: {reason}</source>
            <translation>[Ñöţ ûþðåţéð: {reason} ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{shown} of %Ln candidate(s) shown</source>
            <translation>
                <numerusform>[{shown} öƒ %Ln çåñðîðåţé(š) šĥöŵñ ~~~~~~~~~~]</numerusform>
                <numerusform>[{shown} öƒ %Ln çåñðîðåţé(š) šĥöŵñ ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>, %Ln interviewed</source>
            <translation>
                <numerusform>[, %Ln îñţéŕṽîéŵéð ~~~~~~]</numerusform>
                <numerusform>[, %Ln îñţéŕṽîéŵéð ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>: scores appear here once an interview is submitted</source>
            <translation>[: šçöŕéš åþþéåŕ ĥéŕé öñçé åñ îñţéŕṽîéŵ îš šûƀɱîţţéð ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>, %Ln with a halo flag ⚠</source>
            <translation>
                <numerusform>[, %Ln ŵîţĥ å ĥåļö ƒļåĝ ⚠ ~~~~~~~~~]</numerusform>
                <numerusform>[, %Ln ŵîţĥ å ĥåļö ƒļåĝ ⚠ ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>; scores hidden for %Ln you are still interviewing: submit your own interview first</source>
            <translation>
                <numerusform>[; šçöŕéš ĥîððéñ ƒöŕ %Ln ýöû åŕé šţîļļ îñţéŕṽîéŵîñĝ: šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ ƒîŕšţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[; šçöŕéš ĥîððéñ ƒöŕ %Ln ýöû åŕé šţîļļ îñţéŕṽîéŵîñĝ: šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ ƒîŕšţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>DataActions</name>
        <message numerus="yes">
            <source>%Ln interview(s)</source>
            <translation>
                <numerusform>[%Ln îñţéŕṽîéŵ(š) ~~~~~~]</numerusform>
                <numerusform>[%Ln îñţéŕṽîéŵ(š) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>[%Ln çåñðîðåţé(š) ~~~~~~]</numerusform>
                <numerusform>[%Ln çåñðîðåţé(š) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln rubric version(s)</source>
            <translation>
                <numerusform>[%Ln ŕûƀŕîç ṽéŕšîöñ(š) ~~~~~~~~]</numerusform>
                <numerusform>[%Ln ŕûƀŕîç ṽéŕšîöñ(š) ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Exported {interviews} of {candidates} ({rubrics}).</source>
            <translation>[Éẋþöŕţéð {interviews} öƒ {candidates} ({rubrics}). ~~~~~~~]</translation>
        </message>
        <message>
            <source>Export interviews</source>
            <translation>[Éẋþöŕţ îñţéŕṽîéŵš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Interview files (*.json)</source>
            <translation>[Îñţéŕṽîéŵ ƒîļéš (*.ĵšöñ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Exporting interviews…</source>
            <translation>[Éẋþöŕţîñĝ îñţéŕṽîéŵš… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was imported: the file would change interviews that are already submitted here, or a locked first impression without its amendment.</source>
            <translation>[Ñöţĥîñĝ ŵåš îɱþöŕţéð: ţĥé ƒîļé ŵöûļð çĥåñĝé îñţéŕṽîéŵš ţĥåţ åŕé åļŕéåðý šûƀɱîţţéð ĥéŕé, öŕ å ļöçķéð ƒîŕšţ îɱþŕéššîöñ ŵîţĥöûţ îţš åɱéñðɱéñţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{added} added, {updated} updated, {unchanged} unchanged, %Ln conflict(s).</source>
            <translation>
                <numerusform>[{added} åððéð, {updated} ûþðåţéð, {unchanged} ûñçĥåñĝéð, %Ln çöñƒļîçţ(š). ~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{added} åððéð, {updated} ûþðåţéð, {unchanged} ûñçĥåñĝéð, %Ln çöñƒļîçţ(š). ~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>New candidates: {names}</source>
            <translation>[Ñéŵ çåñðîðåţéš: {names} ~~~~~~~]</translation>
        </message>
        <message>
            <source>New positions: {titles}</source>
            <translation>[Ñéŵ þöšîţîöñš: {titles} ~~~~~~]</translation>
        </message>
        <message>
            <source>Changed both here and in the file, kept as they are here:</source>
            <translation>[Çĥåñĝéð ƀöţĥ ĥéŕé åñð îñ ţĥé ƒîļé, ķéþţ åš ţĥéý åŕé ĥéŕé: ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import interviews</source>
            <translation>[Îɱþöŕţ îñţéŕṽîéŵš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Importing interviews…</source>
            <translation>[Îɱþöŕţîñĝ îñţéŕṽîéŵš… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved {candidates} candidates and {interviews} interviews to {path}.</source>
            <translation>[Šåṽéð {candidates} çåñðîðåţéš åñð {interviews} îñţéŕṽîéŵš ţö {path}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back up</source>
            <translation>[Ɓåçķ ûþ ~~~]</translation>
        </message>
        <message>
            <source>This is a PostgreSQL database: back it up with pg_dump.</source>
            <translation>[Ţĥîš îš å ÞöšţĝŕéŠǪĻ ðåţåƀåšé: ƀåçķ îţ ûþ ŵîţĥ þĝ_ðûɱþ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Back up the database</source>
            <translation>[Ɓåçķ ûþ ţĥé ðåţåƀåšé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>SQLite databases (*.sqlite3)</source>
            <translation>[ŠǪĻîţé ðåţåƀåšéš (*.šǫļîţé3) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Backing up the database…</source>
            <translation>[Ɓåçķîñĝ ûþ ţĥé ðåţåƀåšé… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Erase candidate</source>
            <translation>[Éŕåšé çåñðîðåţé ~~~~~~]</translation>
        </message>
        <message>
            <source>Erase {name} &lt;{email}&gt; ({position}) and every interview of them?

This cannot be undone. The audit trail keeps only an anonymous note that a candidate was erased.</source>
            <translation>[Éŕåšé {name} &lt;{email}&gt; ({position}) åñð éṽéŕý îñţéŕṽîéŵ öƒ ţĥéɱ?

Ţĥîš çåññöţ ƀé ûñðöñé. Ţĥé åûðîţ ţŕåîļ ķééþš öñļý åñ åñöñýɱöûš ñöţé ţĥåţ å çåñðîðåţé ŵåš éŕåšéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Erased {name} and %Ln interview(s).</source>
            <translation>
                <numerusform>[Éŕåšéð {name} åñð %Ln îñţéŕṽîéŵ(š). ~~~~~~~~~~~]</numerusform>
                <numerusform>[Éŕåšéð {name} åñð %Ln îñţéŕṽîéŵ(š). ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Erasing {name}…</source>
            <translation>[Éŕåšîñĝ {name}… ~~~~]</translation>
        </message>
        <message>
            <source>Import candidates from CSV</source>
            <translation>[Îɱþöŕţ çåñðîðåţéš ƒŕöɱ ÇŠṼ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>CSV file</source>
            <translation>[ÇŠṼ ƒîļé ~~~~]</translation>
        </message>
        <message>
            <source>The file chosen with Choose file…</source>
            <translation>[Ţĥé ƒîļé çĥöšéñ ŵîţĥ Çĥööšé ƒîļé… ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose file…</source>
            <translation>[Çĥööšé ƒîļé… ~~~~~]</translation>
        </message>
        <message>
            <source>Choose file</source>
            <translation>[Çĥööšé ƒîļé ~~~~~]</translation>
        </message>
        <message>
            <source>Columns: name, email, position, and optionally phone.</source>
            <translation>[Çöļûɱñš: ñåɱé, éɱåîļ, þöšîţîöñ, åñð öþţîöñåļļý þĥöñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What the file holds</source>
            <translation>[Ŵĥåţ ţĥé ƒîļé ĥöļðš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>line</source>
            <translation>[ļîñé ~~]</translation>
        </message>
        <message>
            <source>Candidates in the file</source>
            <translation>[Çåñðîðåţéš îñ ţĥé ƒîļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Problems in the file</source>
            <translation>[Þŕöƀļéɱš îñ ţĥé ƒîļé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Import</source>
            <translation>[Îɱþöŕţ ~~~]</translation>
        </message>
        <message>
            <source>Import candidates</source>
            <translation>[Îɱþöŕţ çåñðîðåţéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>CSV files (*.csv);;All files (*)</source>
            <translation>[ÇŠṼ ƒîļéš (*.çšṽ);;Åļļ ƒîļéš (*) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check the CSV file</source>
            <translation>[Çĥéçķ ţĥé ÇŠṼ ƒîļé ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln problem(s): fix them in the file and choose it again. Nothing is imported while any row is bad.</source>
            <translation>
                <numerusform>[%Ln þŕöƀļéɱ(š): ƒîẋ ţĥéɱ îñ ţĥé ƒîļé åñð çĥööšé îţ åĝåîñ. Ñöţĥîñĝ îš îɱþöŕţéð ŵĥîļé åñý ŕöŵ îš ƀåð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%Ln þŕöƀļéɱ(š): ƒîẋ ţĥéɱ îñ ţĥé ƒîļé åñð çĥööšé îţ åĝåîñ. Ñöţĥîñĝ îš îɱþöŕţéð ŵĥîļé åñý ŕöŵ îš ƀåð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) to import</source>
            <translation>
                <numerusform>[%Ln çåñðîðåţé(š) ţö îɱþöŕţ ~~~~~~~~~~]</numerusform>
                <numerusform>[%Ln çåñðîðåţé(š) ţö îɱþöŕţ ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>new positions: {titles}</source>
            <translation>[ñéŵ þöšîţîöñš: {titles} ~~~~~~]</translation>
        </message>
        <message>
            <source>line {line} {email}</source>
            <translation>[ļîñé {line} {email} ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln already here, skipped: {lines}</source>
            <translation>
                <numerusform>[%Ln åļŕéåðý ĥéŕé, šķîþþéð: {lines} ~~~~~~~~~~]</numerusform>
                <numerusform>[%Ln åļŕéåðý ĥéŕé, šķîþþéð: {lines} ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>The file could not be checked.</source>
            <translation>[Ţĥé ƒîļé çöûļð ñöţ ƀé çĥéçķéð. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Importing candidates…</source>
            <translation>[Îɱþöŕţîñĝ çåñðîðåţéš… ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>imported %Ln candidate(s)</source>
            <translation>
                <numerusform>[îɱþöŕţéð %Ln çåñðîðåţé(š) ~~~~~~~~~]</numerusform>
                <numerusform>[îɱþöŕţéð %Ln çåñðîðåţé(š) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>line {line}: {email} is already candidate {name}; skipped</source>
            <translation>[ļîñé {line}: {email} îš åļŕéåðý çåñðîðåţé {name}; šķîþþéð ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Checking {file}…</source>
            <translation>[Çĥéçķîñĝ {file}… ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d MMM yyyy</source>
            <comment>format: a day</comment>
            <translation>d MMM yyyy</translation>
        </message>
        <message>
            <source>d MMM yyyy, HH:mm</source>
            <comment>format: a day and time</comment>
            <translation>d MMM yyyy, HH:mm</translation>
        </message>
        <message>
            <source>{day} {month} {year}</source>
            <comment>format: a day on paper</comment>
            <translation>{day} {month} {year}</translation>
        </message>
    </context>
    <context>
        <name>DebriefPdf</name>
        <message>
            <source>Debrief: {name}</source>
            <translation>[Ðéƀŕîéƒ: {name} ~~~~]</translation>
        </message>
        <message>
            <source>Panel debrief for the position {position}</source>
            <translation>[Þåñéļ ðéƀŕîéƒ ƒöŕ ţĥé þöšîţîöñ {position} ~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n interviews are still open: the figures may change.</source>
            <translation>
                <numerusform>[%n îñţéŕṽîéŵš åŕé šţîļļ öþéñ: ţĥé ƒîĝûŕéš ɱåý çĥåñĝé. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n îñţéŕṽîéŵš åŕé šţîļļ öþéñ: ţĥé ƒîĝûŕéš ɱåý çĥåñĝé. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interviews.</source>
            <translation>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~]</numerusform>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall {overall}, first impression {impression}, structured questions {structured} (0-100).</source>
            <translation>[Öṽéŕåļļ {overall}, ƒîŕšţ îɱþŕéššîöñ {impression}, šţŕûçţûŕéð ǫûéšţîöñš {structured} (0-100). ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Panel debrief · {position} · printed {day}</source>
            <translation>[Þåñéļ ðéƀŕîéƒ · {position} · þŕîñţéð {day} ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>[Ñö ðéçîšîöñ ýéţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>{decision}: {rationale} ({who}, {day}, {after})</source>
            <translation>[{decision}: {rationale} ({who}, {day}, {after}) ~~~~]</translation>
        </message>
        <message>
            <source>Before: {decision}, {day}, {who}: {rationale}</source>
            <translation>[Ɓéƒöŕé: {decision}, {day}, {who}: {rationale} ~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>[Îñţéŕṽîéŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Impression</source>
            <translation>[Îɱþŕéššîöñ ~~~~]</translation>
        </message>
        <message>
            <source>As score</source>
            <translation>[Åš šçöŕé ~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>[Ĝåþ ~~]</translation>
        </message>
        <message>
            <source>Recommends</source>
            <translation>[Ŕéçöɱɱéñðš ~~~~]</translation>
        </message>
        <message>
            <source>First impression and evidence</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ åñð éṽîðéñçé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Gap: the first impression minus the structured score, in points (0-100 scale); {mark} marks a gap as large as the table flags: the impression and the answers disagree.</source>
            <translation>[Ĝåþ: ţĥé ƒîŕšţ îɱþŕéššîöñ ɱîñûš ţĥé šţŕûçţûŕéð šçöŕé, îñ þöîñţš (0-100 šçåļé); {mark} ɱåŕķš å ĝåþ åš ļåŕĝé åš ţĥé ţåƀļé ƒļåĝš: ţĥé îɱþŕéššîöñ åñð ţĥé åñšŵéŕš ðîšåĝŕéé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>[šķîþþéð ~~~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>[Šþŕéåð ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{mark} %n questions with levels two or more apart: discuss these first.</source>
            <translation>
                <numerusform>[{mark} %n ǫûéšţîöñš ŵîţĥ ļéṽéļš ţŵö öŕ ɱöŕé åþåŕţ: ðîšçûšš ţĥéšé ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{mark} %n ǫûéšţîöñš ŵîţĥ ļéṽéļš ţŵö öŕ ɱöŕé åþåŕţ: ðîšçûšš ţĥéšé ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No question has levels two or more apart.</source>
            <translation>[Ñö ǫûéšţîöñ ĥåš ļéṽéļš ţŵö öŕ ɱöŕé åþåŕţ. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Questions, most disagreement first</source>
            <translation>[Ǫûéšţîöñš, ɱöšţ ðîšåĝŕééɱéñţ ƒîŕšţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes where the panel disagrees</source>
            <translation>[Ñöţéš ŵĥéŕé ţĥé þåñéļ ðîšåĝŕééš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The notes did not fit three pages: the candidate summary has them all.</source>
            <translation>[Ţĥé ñöţéš ðîð ñöţ ƒîţ ţĥŕéé þåĝéš: ţĥé çåñðîðåţé šûɱɱåŕý ĥåš ţĥéɱ åļļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes marked … are shortened; the candidate summary has them in full.</source>
            <translation>[Ñöţéš ɱåŕķéð … åŕé šĥöŕţéñéð; ţĥé çåñðîðåţé šûɱɱåŕý ĥåš ţĥéɱ îñ ƒûļļ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>DebriefWindow</name>
        <message>
            <source>Debrief · hireapp</source>
            <translation>[Ðéƀŕîéƒ · ĥîŕéåþþ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading the debrief…</source>
            <translation>[Ļöåðîñĝ ţĥé ðéƀŕîéƒ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where the panel stands</source>
            <translation>[Ŵĥéŕé ţĥé þåñéļ šţåñðš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewers: first impression and evidence</source>
            <translation>[Îñţéŕṽîéŵéŕš: ƒîŕšţ îɱþŕéššîöñ åñð éṽîðéñçé ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Questions, most disagreement first</source>
            <translation>[Ǫûéšţîöñš, ɱöšţ ðîšåĝŕééɱéñţ ƒîŕšţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes on the chosen question</source>
            <translation>[Ñöţéš öñ ţĥé çĥöšéñ ǫûéšţîöñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose a question to read every note on it.</source>
            <translation>[Çĥööšé å ǫûéšţîöñ ţö ŕéåð éṽéŕý ñöţé öñ îţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First &amp;impression and evidence</source>
            <translation>[Ƒîŕšţ &amp;iɱþŕéššîöñ åñð éṽîðéñçé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Questions, most disagreement first</source>
            <translation>[&amp;Qûéšţîöñš, ɱöšţ ðîšåĝŕééɱéñţ ƒîŕšţ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No&amp;tes</source>
            <translation>[Ñö&amp;téš ~~]</translation>
        </message>
        <message>
            <source>Decision</source>
            <translation>[Ðéçîšîöñ ~~~~]</translation>
        </message>
        <message>
            <source>No decision yet.</source>
            <translation>[Ñö ðéçîšîöñ ýéţ. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Current decision</source>
            <translation>[Çûŕŕéñţ ðéçîšîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Earlier decisions</source>
            <translation>[Éåŕļîéŕ ðéçîšîöñš ~~~~~~~]</translation>
        </message>
        <message>
            <source>– choose –</source>
            <translation>[– çĥööšé – ~~~~]</translation>
        </message>
        <message>
            <source>Rationale</source>
            <translation>[Ŕåţîöñåļé ~~~~]</translation>
        </message>
        <message>
            <source>Why the panel decided so, in a sentence or two; required</source>
            <translation>[Ŵĥý ţĥé þåñéļ ðéçîðéð šö, îñ å šéñţéñçé öŕ ţŵö; ŕéǫûîŕéð ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why, in a sentence or two (required)</source>
            <translation>[Ŵĥý, îñ å šéñţéñçé öŕ ţŵö (ŕéǫûîŕéð) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Decided by</source>
            <translation>[Ðéçîðéð ƀý ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Decision:</source>
            <translation>[&amp;Déçîšîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Rationale:</source>
            <translation>[&amp;Råţîöñåļé: ~~~~]</translation>
        </message>
        <message>
            <source>Decided &amp;by:</source>
            <translation>[Ðéçîðéð &amp;bý: ~~~~~]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Þŕöƀļéɱ ~~~]</translation>
        </message>
        <message>
            <source>Re&amp;cord the decision</source>
            <translation>[Ŕé&amp;cöŕð ţĥé ðéçîšîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Record the decision (Ctrl+Return)</source>
            <translation>[Ŕéçöŕð ţĥé ðéçîšîöñ (Çţŕļ+Ŕéţûŕñ) ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>[Åðṽåñçé ~~~]</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>[Ĥîŕé ~~]</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>[Ŕéĵéçţ ~~~]</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>[Öñ ĥöļð ~~~]</translation>
        </message>
        <message>
            <source>Strong no</source>
            <translation>[Šţŕöñĝ ñö ~~~~]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>[Ýéš ~~]</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>[Šţŕöñĝ ýéš ~~~~]</translation>
        </message>
        <message>
            <source>Debrie&amp;f</source>
            <translation>[Ðéƀŕîé&amp;f ~~~]</translation>
        </message>
        <message>
            <source>Recor&amp;d the decision</source>
            <translation>[Ŕéçöŕ&amp;d ţĥé ðéçîšîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Record an &amp;outcome of the hire…</source>
            <translation>[Ŕéçöŕð åñ &amp;oûţçöɱé öƒ ţĥé ĥîŕé… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Pre&amp;view the debrief…</source>
            <translation>[Þŕé&amp;vîéŵ ţĥé ðéƀŕîéƒ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Print the debrief…</source>
            <translation>[&amp;Pŕîñţ ţĥé ðéƀŕîéƒ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save the debrief as PDF…</source>
            <translation>[&amp;Såṽé ţĥé ðéƀŕîéƒ åš ÞÐƑ… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>[&amp;Réƒŕéšĥ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>[Ðéƀŕîéƒ ~~~]</translation>
        </message>
        <message>
            <source>Not shown.</source>
            <translation>[Ñöţ šĥöŵñ. ~~~~]</translation>
        </message>
        <message>
            <source>Debrief: {name} · hireapp</source>
            <translation>[Ðéƀŕîéƒ: {name} · ĥîŕéåþþ ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{name}&lt;/b&gt; · {position}: %n submitted interviews.</source>
            <translation>
                <numerusform>[&lt;b&gt;{name}&lt;/b&gt; · {position}: %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~~]</numerusform>
                <numerusform>[&lt;b&gt;{name}&lt;/b&gt; · {position}: %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>⚠ %n interviews still open: the figures may change.</source>
            <translation>
                <numerusform>[⚠ %n îñţéŕṽîéŵš šţîļļ öþéñ: ţĥé ƒîĝûŕéš ɱåý çĥåñĝé. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[⚠ %n îñţéŕṽîéŵš šţîļļ öþéñ: ţĥé ƒîĝûŕéš ɱåý çĥåñĝé. ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Overall {overall}, first impression {impression}, structured {structured} (0-100).</source>
            <translation>[Öṽéŕåļļ {overall}, ƒîŕšţ îɱþŕéššîöñ {impression}, šţŕûçţûŕéð {structured} (0-100). ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>[Îñţéŕṽîéŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Impression</source>
            <translation>[Îɱþŕéššîöñ ~~~~]</translation>
        </message>
        <message>
            <source>As score</source>
            <translation>[Åš šçöŕé ~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Gap</source>
            <translation>[Ĝåþ ~~]</translation>
        </message>
        <message>
            <source>Recommends</source>
            <translation>[Ŕéçöɱɱéñðš ~~~~]</translation>
        </message>
        <message>
            <source>The first impression minus the structured score, in points; {mark} marks a gap as large as the table flags</source>
            <translation>[Ţĥé ƒîŕšţ îɱþŕéššîöñ ɱîñûš ţĥé šţŕûçţûŕéð šçöŕé, îñ þöîñţš; {mark} ɱåŕķš å ĝåþ åš ļåŕĝé åš ţĥé ţåƀļé ƒļåĝš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>[šķîþþéð ~~~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Spread</source>
            <translation>[Šþŕéåð ~~~]</translation>
        </message>
        <message>
            <source>Levels two or more apart: discuss this first</source>
            <translation>[Ļéṽéļš ţŵö öŕ ɱöŕé åþåŕţ: ðîšçûšš ţĥîš ƒîŕšţ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not asked</source>
            <translation>[ñöţ åšķéð ~~~~]</translation>
        </message>
        <message>
            <source>skipped: {reason}</source>
            <translation>[šķîþþéð: {reason} ~~~~]</translation>
        </message>
        <message>
            <source>(no note)</source>
            <translation>[(ñö ñöţé) ~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;{decision}&lt;/b&gt;: {rationale}&lt;br&gt;{by}, {when}, {after}.</source>
            <translation>[&lt;b&gt;{decision}&lt;/b&gt;: {rationale}&lt;br&gt;{by}, {when}, {after}. ~~~]</translation>
        </message>
        <message>
            <source>Before: {decision}, {when}, {by}: {rationale}</source>
            <translation>[Ɓéƒöŕé: {decision}, {when}, {by}: {rationale} ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose the decision.</source>
            <translation>[Çĥööšé ţĥé ðéçîšîöñ. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Write the rationale: why the panel decided so.</source>
            <translation>[Ŵŕîţé ţĥé ŕåţîöñåļé: ŵĥý ţĥé þåñéļ ðéçîðéð šö. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Say who decided.</source>
            <translation>[Šåý ŵĥö ðéçîðéð. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>[Ŕéçöŕð ţĥé ðéçîšîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recorded: {decision}.</source>
            <translation>[Ŕéçöŕðéð: {decision}. ~~~~~]</translation>
        </message>
        <message>
            <source>Not recorded: {error}</source>
            <translation>[Ñöţ ŕéçöŕðéð: {error} ~~~~~~]</translation>
        </message>
        <message>
            <source>Outcome at {days} days recorded.</source>
            <translation>[Öûţçöɱé åţ {days} ðåýš ŕéçöŕðéð. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close the debrief</source>
            <translation>[Çļöšé ţĥé ðéƀŕîéƒ ~~~~~~~]</translation>
        </message>
        <message>
            <source>The decision you typed is not recorded. Close and discard it?</source>
            <translation>[Ţĥé ðéçîšîöñ ýöû ţýþéð îš ñöţ ŕéçöŕðéð. Çļöšé åñð ðîšçåŕð îţ? ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Debrief PDF</source>
            <translation>[Ðéƀŕîéƒ ÞÐƑ ~~~~~]</translation>
        </message>
        <message>
            <source>Preparing the debrief…</source>
            <translation>[Þŕéþåŕîñĝ ţĥé ðéƀŕîéƒ… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the debrief as PDF</source>
            <translation>[Šåṽé ţĥé ðéƀŕîéƒ åš ÞÐƑ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[ÞÐƑ ðöçûɱéñţš (*.þðƒ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saved to {path}</source>
            <translation>[Šåṽéð ţö {path} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Decision</name>
        <message>
            <source>Advance</source>
            <translation>[Åðṽåñçé ~~~]</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>[Ĥîŕé ~~]</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>[Ŕéĵéçţ ~~~]</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>[Öñ ĥöļð ~~~]</translation>
        </message>
    </context>
    <context>
        <name>Figures</name>
        <message>
            <source>strong no</source>
            <translation>[šţŕöñĝ ñö ~~~~]</translation>
        </message>
        <message>
            <source>no</source>
            <translation>[ñö ~]</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>[ýéš ~~]</translation>
        </message>
        <message>
            <source>strong yes</source>
            <translation>[šţŕöñĝ ýéš ~~~~]</translation>
        </message>
        <message>
            <source>active</source>
            <translation>[åçţîṽé ~~~]</translation>
        </message>
        <message>
            <source>hired</source>
            <translation>[ĥîŕéð ~~]</translation>
        </message>
        <message>
            <source>rejected</source>
            <translation>[ŕéĵéçţéð ~~~~]</translation>
        </message>
        <message>
            <source>withdrawn</source>
            <translation>[ŵîţĥðŕåŵñ ~~~~]</translation>
        </message>
        <message>
            <source>interviewed</source>
            <translation>[îñţéŕṽîéŵéð ~~~~~]</translation>
        </message>
        <message>
            <source>in progress</source>
            <translation>[îñ þŕöĝŕéšš ~~~~~]</translation>
        </message>
        <message>
            <source>waiting</source>
            <translation>[ŵåîţîñĝ ~~~]</translation>
        </message>
        <message>
            <source>poor</source>
            <translation>[þööŕ ~~]</translation>
        </message>
        <message>
            <source>moderate</source>
            <translation>[ɱöðéŕåţé ~~~~]</translation>
        </message>
        <message>
            <source>good</source>
            <translation>[ĝööð ~~]</translation>
        </message>
        <message>
            <source>excellent</source>
            <translation>[éẋçéļļéñţ ~~~~]</translation>
        </message>
        <message>
            <source>not enough data</source>
            <translation>[ñöţ éñöûĝĥ ðåţå ~~~~~~]</translation>
        </message>
        <message>
            <source>hidden until you submit</source>
            <translation>[ĥîððéñ ûñţîļ ýöû šûƀɱîţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hidden until you submit your own interview of this candidate, so that colleagues' scores cannot colour yours.</source>
            <translation>[Ĥîððéñ ûñţîļ ýöû šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ öƒ ţĥîš çåñðîðåţé, šö ţĥåţ çöļļéåĝûéš' šçöŕéš çåññöţ çöļöûŕ ýöûŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s).</source>
            <translation>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š). ~~~~~~~~~~]</numerusform>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š). ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n submitted interview(s)</source>
            <translation>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š) ~~~~~~~~~~]</numerusform>
                <numerusform>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š) ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{submitted} and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
            <translation>
                <numerusform>[{submitted} åñð %n ðŕåƒţ(š) šţîļļ îñ þŕöĝŕéšš (ţĥé ñûɱƀéŕ îñ ƀŕåçķéţš); ðŕåƒţš çöûñţ îñ ñö ƒîĝûŕé ûñţîļ ţĥéý åŕé šûƀɱîţţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{submitted} åñð %n ðŕåƒţ(š) šţîļļ îñ þŕöĝŕéšš (ţĥé ñûɱƀéŕ îñ ƀŕåçķéţš); ðŕåƒţš çöûñţ îñ ñö ƒîĝûŕé ûñţîļ ţĥéý åŕé šûƀɱîţţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Where an interviewer recorded both, the first impression matched the structured score.</source>
            <translation>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ɱåţçĥéð ţĥé šţŕûçţûŕéð šçöŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
            <translation>
                <numerusform>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) ({levels} ļéṽéļš) åƀöṽé ţĥé šţŕûçţûŕéð šçöŕé: ţĥé çåñðîðåţé çåɱé åçŕöšš ƀéţţéŕ îñ ţĥé ƒîŕšţ 30 šéçöñðš ţĥåñ ţĥéîŕ åñšŵéŕš ƀéåŕ öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) ({levels} ļéṽéļš) åƀöṽé ţĥé šţŕûçţûŕéð šçöŕé: ţĥé çåñðîðåţé çåɱé åçŕöšš ƀéţţéŕ îñ ţĥé ƒîŕšţ 30 šéçöñðš ţĥåñ ţĥéîŕ åñšŵéŕš ƀéåŕ öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) ({levels} levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
            <translation>
                <numerusform>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) ({levels} ļéṽéļš) ƀéļöŵ ţĥé šţŕûçţûŕéð šçöŕé: ţĥé åñšŵéŕš ŵéŕé šţŕöñĝéŕ ţĥåñ ţĥé ƒîŕšţ 30 šéçöñðš šûĝĝéšţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) ({levels} ļéṽéļš) ƀéļöŵ ţĥé šţŕûçţûŕéð šçöŕé: ţĥé åñšŵéŕš ŵéŕé šţŕöñĝéŕ ţĥåñ ţĥé ƒîŕšţ 30 šéçöñðš šûĝĝéšţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Advance</source>
            <translation>[Åðṽåñçé ~~~]</translation>
        </message>
        <message>
            <source>Hire</source>
            <translation>[Ĥîŕé ~~]</translation>
        </message>
        <message>
            <source>Reject</source>
            <translation>[Ŕéĵéçţ ~~~]</translation>
        </message>
        <message>
            <source>On hold</source>
            <translation>[Öñ ĥöļð ~~~]</translation>
        </message>
        <message>
            <source>† Seen by one interviewer only: the adjustment rests on how that interviewer rated other candidates, and the interval is wider.</source>
            <translation>[† Šééñ ƀý öñé îñţéŕṽîéŵéŕ öñļý: ţĥé åðĵûšţɱéñţ ŕéšţš öñ ĥöŵ ţĥåţ îñţéŕṽîéŵéŕ ŕåţéð öţĥéŕ çåñðîðåţéš, åñð ţĥé îñţéŕṽåļ îš ŵîðéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Fair score {adjusted} of 100 (80% interval {low} to {high}) beside the structured score {raw}: the interviewers' leniency or severity taken out, shrunk toward the position's mean where it rests on few interviews.</source>
            <translation>[Ƒåîŕ šçöŕé {adjusted} öƒ 100 (80% îñţéŕṽåļ {low} ţö {high}) ƀéšîðé ţĥé šţŕûçţûŕéð šçöŕé {raw}: ţĥé îñţéŕṽîéŵéŕš' ļéñîéñçý öŕ šéṽéŕîţý ţåķéñ öûţ, šĥŕûñķ ţöŵåŕð ţĥé þöšîţîöñ'š ɱéåñ ŵĥéŕé îţ ŕéšţš öñ ƒéŵ îñţéŕṽîéŵš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ImpressionPage</name>
        <message>
            <source>Candidate &amp;arrived (Space)</source>
            <translation>[Çåñðîðåţé &amp;aŕŕîṽéð (Šþåçé) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Candidate arrived: start the countdown</source>
            <translation>[Çåñðîðåţé åŕŕîṽéð: šţåŕţ ţĥé çöûñţðöŵñ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First-impression countdown</source>
            <translation>[Ƒîŕšţ-îɱþŕéššîöñ çöûñţðöŵñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time left for the first impression</source>
            <translation>[Ţîɱé ļéƒţ ƒöŕ ţĥé ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Press Space when the candidate walks in: the impression is taken in the first %n seconds.</source>
            <translation>
                <numerusform>[Þŕéšš Šþåçé ŵĥéñ ţĥé çåñðîðåţé ŵåļķš îñ: ţĥé îɱþŕéššîöñ îš ţåķéñ îñ ţĥé ƒîŕšţ %n šéçöñðš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Þŕéšš Šþåçé ŵĥéñ ţĥé çåñðîðåţé ŵåļķš îñ: ţĥé îɱþŕéššîöñ îš ţåķéñ îñ ţĥé ƒîŕšţ %n šéçöñðš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Likeability</source>
            <translation>[Ļîķéåƀîļîţý ~~~~~]</translation>
        </message>
        <message>
            <source>Cue: {cue}</source>
            <translation>[Çûé: {cue} ~~]</translation>
        </message>
        <message>
            <source>Tick it if you observed this in the first seconds; it is saved at once.</source>
            <translation>[Ţîçķ îţ îƒ ýöû öƀšéŕṽéð ţĥîš îñ ţĥé ƒîŕšţ šéçöñðš; îţ îš šåṽéð åţ öñçé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Observed:</source>
            <translation>[Öƀšéŕṽéð: ~~~~]</translation>
        </message>
        <message>
            <source>One line: what you noticed</source>
            <translation>[Öñé ļîñé: ŵĥåţ ýöû ñöţîçéð ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First impression note</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ñöţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Note:</source>
            <translation>[&amp;Nöţé: ~~]</translation>
        </message>
        <message>
            <source>A&amp;mend impression…</source>
            <translation>[Å&amp;méñð îɱþŕéššîöñ… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Amend the locked first impression</source>
            <translation>[Åɱéñð ţĥé ļöçķéð ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First impression page</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ þåĝé ~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Not started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>[Ñöţ šţåŕţéð: %n šéçöñðš ƒŕöɱ ţĥé çåñðîðåţé'š åŕŕîṽåļ. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ñöţ šţåŕţéð: %n šéçöñðš ƒŕöɱ ţĥé çåñðîðåţé'š åŕŕîṽåļ. ~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n seconds left.</source>
            <translation>
                <numerusform>[%n šéçöñðš ļéƒţ. ~~~~~~]</numerusform>
                <numerusform>[%n šéçöñðš ļéƒţ. ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Watch the greeting. Choose a level with keys 1-5.</source>
            <translation>[Ŵåţçĥ ţĥé ĝŕééţîñĝ. Çĥööšé å ļéṽéļ ŵîţĥ ķéýš 1-5. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Started: %n seconds from the candidate's arrival.</source>
            <translation>
                <numerusform>[Šţåŕţéð: %n šéçöñðš ƒŕöɱ ţĥé çåñðîðåţé'š åŕŕîṽåļ. ~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Šţåŕţéð: %n šéçöñðš ƒŕöɱ ţĥé çåñðîðåţé'š åŕŕîṽåļ. ~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Impression taken {seconds} s after arrival.</source>
            <translation>[Îɱþŕéššîöñ ţåķéñ {seconds} š åƒţéŕ åŕŕîṽåļ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n seconds are up. Record your impression now, then move on to the questions (Alt+Right).</source>
            <translation>
                <numerusform>[%n šéçöñðš åŕé ûþ. Ŕéçöŕð ýöûŕ îɱþŕéššîöñ ñöŵ, ţĥéñ ɱöṽé öñ ţö ţĥé ǫûéšţîöñš (Åļţ+Ŕîĝĥţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n šéçöñðš åŕé ûþ. Ŕéçöŕð ýöûŕ îɱþŕéššîöñ ñöŵ, ţĥéñ ɱöṽé öñ ţö ţĥé ǫûéšţîöñš (Åļţ+Ŕîĝĥţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Time is up. You can still choose or change the level.</source>
            <translation>[Ţîɱé îš ûþ. Ýöû çåñ šţîļļ çĥööšé öŕ çĥåñĝé ţĥé ļéṽéļ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recorded {seconds} s after arrival.</source>
            <translation>[Ŕéçöŕðéð {seconds} š åƒţéŕ åŕŕîṽåļ. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Locked when the questions began, so it cannot be revised in hindsight.</source>
            <translation>[Ļöçķéð ŵĥéñ ţĥé ǫûéšţîöñš ƀéĝåñ, šö îţ çåññöţ ƀé ŕéṽîšéð îñ ĥîñðšîĝĥţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No arrival was noted before the questions began.</source>
            <translation>[Ñö åŕŕîṽåļ ŵåš ñöţéð ƀéƒöŕé ţĥé ǫûéšţîöñš ƀéĝåñ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recorded, and locked when the questions began.</source>
            <translation>[Ŕéçöŕðéð, åñð ļöçķéð ŵĥéñ ţĥé ǫûéšţîöñš ƀéĝåñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Insight</name>
        <message>
            <source>&lt;b&gt;Halo: where the first impression and the evidence disagree.&lt;/b&gt; For every submitted interview, the 30-second likeability and the structured score (the anchored answers) are both on 0-100, where one anchor level is 25 points. The gap is impression minus structured. A candidate is flagged ⚠ when the mean gap is {threshold} points (one level) or more either way. A large positive gap means the candidate was liked more than their answers support, so check that liking is not deciding; a large negative gap means good answers from someone who made a weak first impression.</source>
            <translation>[&lt;b&gt;Ĥåļö: ŵĥéŕé ţĥé ƒîŕšţ îɱþŕéššîöñ åñð ţĥé éṽîðéñçé ðîšåĝŕéé.&lt;/b&gt; Ƒöŕ éṽéŕý šûƀɱîţţéð îñţéŕṽîéŵ, ţĥé 30-šéçöñð ļîķéåƀîļîţý åñð ţĥé šţŕûçţûŕéð šçöŕé (ţĥé åñçĥöŕéð åñšŵéŕš) åŕé ƀöţĥ öñ 0-100, ŵĥéŕé öñé åñçĥöŕ ļéṽéļ îš 25 þöîñţš. Ţĥé ĝåþ îš îɱþŕéššîöñ ɱîñûš šţŕûçţûŕéð. Å çåñðîðåţé îš ƒļåĝĝéð ⚠ ŵĥéñ ţĥé ɱéåñ ĝåþ îš {threshold} þöîñţš (öñé ļéṽéļ) öŕ ɱöŕé éîţĥéŕ ŵåý. Å ļåŕĝé þöšîţîṽé ĝåþ ɱéåñš ţĥé çåñðîðåţé ŵåš ļîķéð ɱöŕé ţĥåñ ţĥéîŕ åñšŵéŕš šûþþöŕţ, šö çĥéçķ ţĥåţ ļîķîñĝ îš ñöţ ðéçîðîñĝ; å ļåŕĝé ñéĝåţîṽé ĝåþ ɱéåñš ĝööð åñšŵéŕš ƒŕöɱ šöɱéöñé ŵĥö ɱåðé å ŵéåķ ƒîŕšţ îɱþŕéššîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Interviewers: leniency and what their first impression predicts.&lt;/b&gt; &lt;i&gt;Leniency&lt;/i&gt; compares each interviewer with the colleagues who interviewed the same candidates: for each shared candidate, their structured score minus the mean of the others' scores, averaged. +10 means they score about 10 points (0.4 of a level) higher than colleagues who saw the same people; read figures near 0 as calibrated. &lt;i&gt;Impression → score&lt;/i&gt; is the correlation (Pearson's r, -1 to 1) between their first impressions and their own structured scores: near 1, their answers' scores follow their first liking closely, which may be a halo in their scoring; near 0, they score the answers independently of it. It needs at least {pairs} interviews with both parts and some variation. &lt;i&gt;Mean gap&lt;/i&gt; and &lt;i&gt;flagged&lt;/i&gt; show how often their own interviews have a halo gap.</source>
            <translation>[&lt;b&gt;Îñţéŕṽîéŵéŕš: ļéñîéñçý åñð ŵĥåţ ţĥéîŕ ƒîŕšţ îɱþŕéššîöñ þŕéðîçţš.&lt;/b&gt; &lt;i&gt;Ļéñîéñçý&lt;/i&gt; çöɱþåŕéš éåçĥ îñţéŕṽîéŵéŕ ŵîţĥ ţĥé çöļļéåĝûéš ŵĥö îñţéŕṽîéŵéð ţĥé šåɱé çåñðîðåţéš: ƒöŕ éåçĥ šĥåŕéð çåñðîðåţé, ţĥéîŕ šţŕûçţûŕéð šçöŕé ɱîñûš ţĥé ɱéåñ öƒ ţĥé öţĥéŕš' šçöŕéš, åṽéŕåĝéð. +10 ɱéåñš ţĥéý šçöŕé åƀöûţ 10 þöîñţš (0.4 öƒ å ļéṽéļ) ĥîĝĥéŕ ţĥåñ çöļļéåĝûéš ŵĥö šåŵ ţĥé šåɱé þéöþļé; ŕéåð ƒîĝûŕéš ñéåŕ 0 åš çåļîƀŕåţéð. &lt;i&gt;Îɱþŕéššîöñ → šçöŕé&lt;/i&gt; îš ţĥé çöŕŕéļåţîöñ (Þéåŕšöñ'š ŕ, -1 ţö 1) ƀéţŵééñ ţĥéîŕ ƒîŕšţ îɱþŕéššîöñš åñð ţĥéîŕ öŵñ šţŕûçţûŕéð šçöŕéš: ñéåŕ 1, ţĥéîŕ åñšŵéŕš' šçöŕéš ƒöļļöŵ ţĥéîŕ ƒîŕšţ ļîķîñĝ çļöšéļý, ŵĥîçĥ ɱåý ƀé å ĥåļö îñ ţĥéîŕ šçöŕîñĝ; ñéåŕ 0, ţĥéý šçöŕé ţĥé åñšŵéŕš îñðéþéñðéñţļý öƒ îţ. Îţ ñééðš åţ ļéåšţ {pairs} îñţéŕṽîéŵš ŵîţĥ ƀöţĥ þåŕţš åñð šöɱé ṽåŕîåţîöñ. &lt;i&gt;Ṁéåñ ĝåþ&lt;/i&gt; åñð &lt;i&gt;ƒļåĝĝéð&lt;/i&gt; šĥöŵ ĥöŵ öƒţéñ ţĥéîŕ öŵñ îñţéŕṽîéŵš ĥåṽé å ĥåļö ĝåþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Agreement: is a question scored consistently?&lt;/b&gt; For each question, the intraclass correlation ICC(1) says how much of the variation in its scores lies between candidates rather than between interviewers scoring the same candidate. 1 means interviewers always agree; near 0 means a score says more about who asked than about the candidate. Read below .5 as poor, .5-.75 moderate, .75-.9 good, above .9 excellent. &lt;i&gt;Spread&lt;/i&gt; is the typical difference, in levels, between two interviewers' scores of the same candidate. Questions with poor agreement need clearer anchors or interviewer training.</source>
            <translation>[&lt;b&gt;Åĝŕééɱéñţ: îš å ǫûéšţîöñ šçöŕéð çöñšîšţéñţļý?&lt;/b&gt; Ƒöŕ éåçĥ ǫûéšţîöñ, ţĥé îñţŕåçļåšš çöŕŕéļåţîöñ ÎÇÇ(1) šåýš ĥöŵ ɱûçĥ öƒ ţĥé ṽåŕîåţîöñ îñ îţš šçöŕéš ļîéš ƀéţŵééñ çåñðîðåţéš ŕåţĥéŕ ţĥåñ ƀéţŵééñ îñţéŕṽîéŵéŕš šçöŕîñĝ ţĥé šåɱé çåñðîðåţé. 1 ɱéåñš îñţéŕṽîéŵéŕš åļŵåýš åĝŕéé; ñéåŕ 0 ɱéåñš å šçöŕé šåýš ɱöŕé åƀöûţ ŵĥö åšķéð ţĥåñ åƀöûţ ţĥé çåñðîðåţé. Ŕéåð ƀéļöŵ .5 åš þööŕ, .5-.75 ɱöðéŕåţé, .75-.9 ĝööð, åƀöṽé .9 éẋçéļļéñţ. &lt;i&gt;Šþŕéåð&lt;/i&gt; îš ţĥé ţýþîçåļ ðîƒƒéŕéñçé, îñ ļéṽéļš, ƀéţŵééñ ţŵö îñţéŕṽîéŵéŕš' šçöŕéš öƒ ţĥé šåɱé çåñðîðåţé. Ǫûéšţîöñš ŵîţĥ þööŕ åĝŕééɱéñţ ñééð çļéåŕéŕ åñçĥöŕš öŕ îñţéŕṽîéŵéŕ ţŕåîñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Order effects: does the time of day change a score?&lt;/b&gt; Per interviewer, each submitted interview's structured score (the anchored answers, 0-100, without the first impression) by its place in that interviewer's day, in this computer's time zone: the mean of their 1st, 2nd, 3rd, 4th and 5th or later interviews of a day. &lt;i&gt;Running mean&lt;/i&gt; is the correlation (Pearson's r) between a score and the mean of the same day's earlier scores, with its 95% interval and n: positive means scores drift toward the day's earlier ones, negative means a candidate after strong ones scores lower (contrast). It is called a drift only when the interval excludes 0. Interviews starting less than {hours} hours apart on one day are &lt;i&gt;in a row&lt;/i&gt;; {mark} marks an interviewer who did more than {limit} in a row, when tiredness may tell. Candidates are not booked at random, so a pattern may come from the booking rather than the interviewer.</source>
            <translation>[&lt;b&gt;Öŕðéŕ éƒƒéçţš: ðöéš ţĥé ţîɱé öƒ ðåý çĥåñĝé å šçöŕé?&lt;/b&gt; Þéŕ îñţéŕṽîéŵéŕ, éåçĥ šûƀɱîţţéð îñţéŕṽîéŵ'š šţŕûçţûŕéð šçöŕé (ţĥé åñçĥöŕéð åñšŵéŕš, 0-100, ŵîţĥöûţ ţĥé ƒîŕšţ îɱþŕéššîöñ) ƀý îţš þļåçé îñ ţĥåţ îñţéŕṽîéŵéŕ'š ðåý, îñ ţĥîš çöɱþûţéŕ'š ţîɱé žöñé: ţĥé ɱéåñ öƒ ţĥéîŕ 1šţ, 2ñð, 3ŕð, 4ţĥ åñð 5ţĥ öŕ ļåţéŕ îñţéŕṽîéŵš öƒ å ðåý. &lt;i&gt;Ŕûññîñĝ ɱéåñ&lt;/i&gt; îš ţĥé çöŕŕéļåţîöñ (Þéåŕšöñ'š ŕ) ƀéţŵééñ å šçöŕé åñð ţĥé ɱéåñ öƒ ţĥé šåɱé ðåý'š éåŕļîéŕ šçöŕéš, ŵîţĥ îţš 95% îñţéŕṽåļ åñð ñ: þöšîţîṽé ɱéåñš šçöŕéš ðŕîƒţ ţöŵåŕð ţĥé ðåý'š éåŕļîéŕ öñéš, ñéĝåţîṽé ɱéåñš å çåñðîðåţé åƒţéŕ šţŕöñĝ öñéš šçöŕéš ļöŵéŕ (çöñţŕåšţ). Îţ îš çåļļéð å ðŕîƒţ öñļý ŵĥéñ ţĥé îñţéŕṽåļ éẋçļûðéš 0. Îñţéŕṽîéŵš šţåŕţîñĝ ļéšš ţĥåñ {hours} ĥöûŕš åþåŕţ öñ öñé ðåý åŕé &lt;i&gt;îñ å ŕöŵ&lt;/i&gt;; {mark} ɱåŕķš åñ îñţéŕṽîéŵéŕ ŵĥö ðîð ɱöŕé ţĥåñ {limit} îñ å ŕöŵ, ŵĥéñ ţîŕéðñéšš ɱåý ţéļļ. Çåñðîðåţéš åŕé ñöţ ƀööķéð åţ ŕåñðöɱ, šö å þåţţéŕñ ɱåý çöɱé ƒŕöɱ ţĥé ƀööķîñĝ ŕåţĥéŕ ţĥåñ ţĥé îñţéŕṽîéŵéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Computing…</source>
            <translation>[Çöɱþûţîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>What the {tab} figures mean</source>
            <translation>[Ŵĥåţ ţĥé {tab} ƒîĝûŕéš ɱéåñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Hover over or select a row to read what its figures mean</source>
            <translation>[Ĥöṽéŕ öṽéŕ öŕ šéļéçţ å ŕöŵ ţö ŕéåð ŵĥåţ îţš ƒîĝûŕéš ɱéåñ ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>[Çåñðîðåţé ~~~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Gap (points)</source>
            <translation>[Ĝåþ (þöîñţš) ~~~~~]</translation>
        </message>
        <message>
            <source>Gap (levels)</source>
            <translation>[Ĝåþ (ļéṽéļš) ~~~~~]</translation>
        </message>
        <message>
            <source>{name} shared no candidate with a colleague: no leniency yet.</source>
            <translation>[{name} šĥåŕéð ñö çåñðîðåţé ŵîţĥ å çöļļéåĝûé: ñö ļéñîéñçý ýéţ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more leniently than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>[{name} šçöŕéš {points} þöîñţš ({levels} ļéṽéļš) ɱöŕé ļéñîéñţļý ţĥåñ çöļļéåĝûéš öñ ţĥé šåɱé %n çåñðîðåţé(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{name} šçöŕéš {points} þöîñţš ({levels} ļéṽéļš) ɱöŕé ļéñîéñţļý ţĥåñ çöļļéåĝûéš öñ ţĥé šåɱé %n çåñðîðåţé(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>{name} scores {points} points ({levels} levels) more severely than colleagues on the same %n candidate(s).</source>
            <translation>
                <numerusform>[{name} šçöŕéš {points} þöîñţš ({levels} ļéṽéļš) ɱöŕé šéṽéŕéļý ţĥåñ çöļļéåĝûéš öñ ţĥé šåɱé %n çåñðîðåţé(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{name} šçöŕéš {points} þöîñţš ({levels} ļéṽéļš) ɱöŕé šéṽéŕéļý ţĥåñ çöļļéåĝûéš öñ ţĥé šåɱé %n çåñðîðåţé(š). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>[Îñţéŕṽîéŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>[Îñţéŕṽîéŵš ~~~~]</translation>
        </message>
        <message>
            <source>Leniency</source>
            <translation>[Ļéñîéñçý ~~~~]</translation>
        </message>
        <message>
            <source>Shared candidates</source>
            <translation>[Šĥåŕéð çåñðîðåţéš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Impression → score</source>
            <translation>[Îɱþŕéššîöñ → šçöŕé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Mean gap</source>
            <translation>[Ṁéåñ ĝåþ ~~~~]</translation>
        </message>
        <message>
            <source>Flagged</source>
            <translation>[Ƒļåĝĝéð ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{title}: ICC(1) over %n candidate(s) with two or more ratings ({ratings})</source>
            <translation>
                <numerusform>[{title}: ÎÇÇ(1) öṽéŕ %n çåñðîðåţé(š) ŵîţĥ ţŵö öŕ ɱöŕé ŕåţîñĝš ({ratings}) ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{title}: ÎÇÇ(1) öṽéŕ %n çåñðîðåţé(š) ŵîţĥ ţŵö öŕ ɱöŕé ŕåţîñĝš ({ratings}) ~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n rating(s)</source>
            <translation>
                <numerusform>[%n ŕåţîñĝ(š) ~~~~]</numerusform>
                <numerusform>[%n ŕåţîñĝ(š) ~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>ICC(1)</source>
            <translation>[ÎÇÇ(1) ~~~]</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>[Åĝŕééɱéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>[Çåñðîðåţéš ~~~~]</translation>
        </message>
        <message>
            <source>Ratings</source>
            <translation>[Ŕåţîñĝš ~~~]</translation>
        </message>
        <message>
            <source>Spread (levels)</source>
            <translation>[Šþŕéåð (ļéṽéļš) ~~~~~~]</translation>
        </message>
        <message>
            <source>1st</source>
            <translation>[1šţ ~~]</translation>
        </message>
        <message>
            <source>2nd</source>
            <translation>[2ñð ~~]</translation>
        </message>
        <message>
            <source>3rd</source>
            <translation>[3ŕð ~~]</translation>
        </message>
        <message>
            <source>4th</source>
            <translation>[4ţĥ ~~]</translation>
        </message>
        <message>
            <source>5th+</source>
            <translation>[5ţĥ+ ~~]</translation>
        </message>
        <message>
            <source>Scores drift toward the day's earlier scores.</source>
            <translation>[Šçöŕéš ðŕîƒţ ţöŵåŕð ţĥé ðåý'š éåŕļîéŕ šçöŕéš. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scores move away from the day's earlier scores (a contrast effect).</source>
            <translation>[Šçöŕéš ɱöṽé åŵåý ƒŕöɱ ţĥé ðåý'š éåŕļîéŕ šçöŕéš (å çöñţŕåšţ éƒƒéçţ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Too few interviews, or too little variation, to tell.</source>
            <translation>[Ţöö ƒéŵ îñţéŕṽîéŵš, öŕ ţöö ļîţţļé ṽåŕîåţîöñ, ţö ţéļļ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No clear drift with the day's earlier scores.</source>
            <translation>[Ñö çļéåŕ ðŕîƒţ ŵîţĥ ţĥé ðåý'š éåŕļîéŕ šçöŕéš. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Longest run: {count}</source>
            <translation>[Ļöñĝéšţ ŕûñ: {count} ~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} {count} interviews in a row on {day}</source>
            <translation>[{mark} {count} îñţéŕṽîéŵš îñ å ŕöŵ öñ {day} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{low} to {high}</source>
            <translation>[{low} ţö {high} ~~]</translation>
        </message>
        <message numerus="yes">
            <source>{slot}: {mean} over %n interview(s)</source>
            <translation>
                <numerusform>[{slot}: {mean} öṽéŕ %n îñţéŕṽîéŵ(š) ~~~~~~~~~]</numerusform>
                <numerusform>[{slot}: {mean} öṽéŕ %n îñţéŕṽîéŵ(š) ~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{name}, mean structured score by place in the day: {means}. {drift} {row}</source>
            <translation>[{name}, ɱéåñ šţŕûçţûŕéð šçöŕé ƀý þļåçé îñ ţĥé ðåý: {means}. {drift} {row} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Days</source>
            <translation>[Ðåýš ~~]</translation>
        </message>
        <message>
            <source>Running mean r</source>
            <translation>[Ŕûññîñĝ ɱéåñ ŕ ~~~~~~]</translation>
        </message>
        <message>
            <source>95% interval</source>
            <translation>[95% îñţéŕṽåļ ~~~~~]</translation>
        </message>
        <message>
            <source>n</source>
            <translation>[ñ ~]</translation>
        </message>
        <message>
            <source>Reading</source>
            <translation>[Ŕéåðîñĝ ~~~]</translation>
        </message>
        <message>
            <source>In a row</source>
            <translation>[Îñ å ŕöŵ ~~~~]</translation>
        </message>
        <message>
            <source>Insight</source>
            <translation>[Îñšîĝĥţ ~~~]</translation>
        </message>
        <message>
            <source>What the figures are based on</source>
            <translation>[Ŵĥåţ ţĥé ƒîĝûŕéš åŕé ƀåšéð öñ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Insight figures</source>
            <translation>[Îñšîĝĥţ ƒîĝûŕéš ~~~~~~]</translation>
        </message>
        <message>
            <source>No submitted interviews here yet: the figures appear once interviews are submitted. Try another position, or all positions.</source>
            <translation>[Ñö šûƀɱîţţéð îñţéŕṽîéŵš ĥéŕé ýéţ: ţĥé ƒîĝûŕéš åþþéåŕ öñçé îñţéŕṽîéŵš åŕé šûƀɱîţţéð. Ţŕý åñöţĥéŕ þöšîţîöñ, öŕ åļļ þöšîţîöñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s)</source>
            <translation>
                <numerusform>[%Ln çåñðîðåţé(š) ~~~~~~]</numerusform>
                <numerusform>[%Ln çåñðîðåţé(š) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>Based on %Ln submitted interview(s) of {candidates}. Hover over a row for its meaning.</source>
            <translation>
                <numerusform>[Ɓåšéð öñ %Ln šûƀɱîţţéð îñţéŕṽîéŵ(š) öƒ {candidates}. Ĥöṽéŕ öṽéŕ å ŕöŵ ƒöŕ îţš ɱéåñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ɓåšéð öñ %Ln šûƀɱîţţéð îñţéŕṽîéŵ(š) öƒ {candidates}. Ĥöṽéŕ öṽéŕ å ŕöŵ ƒöŕ îţš ɱéåñîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%Ln candidate(s) you are still interviewing left out of every figure until you submit your own interview.</source>
            <translation>
                <numerusform>[%Ln çåñðîðåţé(š) ýöû åŕé šţîļļ îñţéŕṽîéŵîñĝ ļéƒţ öûţ öƒ éṽéŕý ƒîĝûŕé ûñţîļ ýöû šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%Ln çåñðîðåţé(š) ýöû åŕé šţîļļ îñţéŕṽîéŵîñĝ ļéƒţ öûţ öƒ éṽéŕý ƒîĝûŕé ûñţîļ ýöû šûƀɱîţ ýöûŕ öŵñ îñţéŕṽîéŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Halo ({count})</source>
            <translation>[Ĥåļö ({count}) ~~~]</translation>
        </message>
        <message>
            <source>Candidates flagged ({count})</source>
            <translation>[Çåñðîðåţéš ƒļåĝĝéð ({count}) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewers</source>
            <translation>[Îñţéŕṽîéŵéŕš ~~~~~]</translation>
        </message>
        <message>
            <source>Order effects</source>
            <translation>[Öŕðéŕ éƒƒéçţš ~~~~~~]</translation>
        </message>
        <message>
            <source>The figures could not be computed: {reason}</source>
            <translation>[Ţĥé ƒîĝûŕéš çöûļð ñöţ ƀé çöɱþûţéð: {reason} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The figures could not be computed.</source>
            <translation>[Ţĥé ƒîĝûŕéš çöûļð ñöţ ƀé çöɱþûţéð. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>InterviewWindow</name>
        <message>
            <source>⏳ Waiting for the database…</source>
            <translation>[⏳ Ŵåîţîñĝ ƒöŕ ţĥé ðåţåƀåšé… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>⚠ Database file gone: changes kept here</source>
            <translation>[⚠ Ðåţåƀåšé ƒîļé ĝöñé: çĥåñĝéš ķéþţ ĥéŕé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interview: {name} · {position} · hireapp</source>
            <translation>[Îñţéŕṽîéŵ: {name} · {position} · ĥîŕéåþþ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>interviewer {name}</source>
            <translation>[îñţéŕṽîéŵéŕ {name} ~~~~~]</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>[Šåṽé šţåţé ~~~~]</translation>
        </message>
        <message>
            <source>Save everything to a new &amp;file… (Ctrl+Shift+S)</source>
            <translation>[Šåṽé éṽéŕýţĥîñĝ ţö å ñéŵ &amp;fîļé… (Çţŕļ+Šĥîƒţ+Š) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>◀ &amp;Back (Alt+Left)</source>
            <translation>[◀ &amp;Båçķ (Åļţ+Ļéƒţ) ~~~~~~~]</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>[Þŕéṽîöûš þåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>Page</source>
            <translation>[Þåĝé ~~]</translation>
        </message>
        <message>
            <source>Ne&amp;xt (Alt+Right) ▶</source>
            <translation>[Ñé&amp;xţ (Åļţ+Ŕîĝĥţ) ▶ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>[Ñéẋţ þåĝé ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Interview</source>
            <translation>[&amp;Iñţéŕṽîéŵ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Next page</source>
            <translation>[&amp;Néẋţ þåĝé ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Previous page</source>
            <translation>[&amp;Pŕéṽîöûš þåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;kip question…</source>
            <translation>[Š&amp;kîþ ǫûéšţîöñ… ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Wrap-up and review</source>
            <translation>[&amp;Wŕåþ-ûþ åñð ŕéṽîéŵ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Submit interview…</source>
            <translation>[&amp;Sûƀɱîţ îñţéŕṽîéŵ… ~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <source>Save everything to a new &amp;file…</source>
            <translation>[Šåṽé éṽéŕýţĥîñĝ ţö å ñéŵ &amp;fîļé… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No first impression yet</source>
            <translation>[Ñö ƒîŕšţ îɱþŕéššîöñ ýéţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No first impression is recorded yet. Move on anyway? It stays open until you answer the first question.</source>
            <translation>[Ñö ƒîŕšţ îɱþŕéššîöñ îš ŕéçöŕðéð ýéţ. Ṁöṽé öñ åñýŵåý? Îţ šţåýš öþéñ ûñţîļ ýöû åñšŵéŕ ţĥé ƒîŕšţ ǫûéšţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Move on</source>
            <translation>[&amp;Möṽé öñ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Stay</source>
            <translation>[&amp;Sţåý ~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrap-up</source>
            <translation>[Ŵŕåþ-ûþ ~~~]</translation>
        </message>
        <message>
            <source>{number} of {count}</source>
            <translation>[{number} öƒ {count} ~~]</translation>
        </message>
        <message>
            <source>Read-only: {reason}. Close and open it again to take it over.</source>
            <translation>[Ŕéåð-öñļý: {reason}. Çļöšé åñð öþéñ îţ åĝåîñ ţö ţåķé îţ öṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interview open elsewhere</source>
            <translation>[Îñţéŕṽîéŵ öþéñ éļšéŵĥéŕé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The interview with {name} is open for writing by {holder} since {time}.

Open it here read-only, or take it over: that window then can no longer save, and the take-over is recorded.</source>
            <translation>[Ţĥé îñţéŕṽîéŵ ŵîţĥ {name} îš öþéñ ƒöŕ ŵŕîţîñĝ ƀý {holder} šîñçé {time}.

Öþéñ îţ ĥéŕé ŕéåð-öñļý, öŕ ţåķé îţ öṽéŕ: ţĥåţ ŵîñðöŵ ţĥéñ çåñ ñö ļöñĝéŕ šåṽé, åñð ţĥé ţåķé-öṽéŕ îš ŕéçöŕðéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Open &amp;read-only</source>
            <translation>[Öþéñ &amp;réåð-öñļý ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Take over</source>
            <translation>[&amp;Tåķé öṽéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Taken over from {holder}.</source>
            <translation>[Ţåķéñ öṽéŕ ƒŕöɱ {holder}. ~~~~~~~]</translation>
        </message>
        <message>
            <source>Read-only: {holder} has this interview open for writing since {time}. Close and open it again to take it over.</source>
            <translation>[Ŕéåð-öñļý: {holder} ĥåš ţĥîš îñţéŕṽîéŵ öþéñ ƒöŕ ŵŕîţîñĝ šîñçé {time}. Çļöšé åñð öþéñ îţ åĝåîñ ţö ţåķé îţ öṽéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>⚠ Not saved: {reason}.</source>
            <translation>[⚠ Ñöţ šåṽéð: {reason}. ~~~~~~]</translation>
        </message>
        <message>
            <source>⚠ Not saved</source>
            <translation>[⚠ Ñöţ šåṽéð ~~~~~]</translation>
        </message>
        <message>
            <source>The database file was deleted or replaced: your changes are kept in this window until you save everything to a new file.</source>
            <translation>[Ţĥé ðåţåƀåšé ƒîļé ŵåš ðéļéţéð öŕ ŕéþļåçéð: ýöûŕ çĥåñĝéš åŕé ķéþţ îñ ţĥîš ŵîñðöŵ ûñţîļ ýöû šåṽé éṽéŕýţĥîñĝ ţö å ñéŵ ƒîļé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{file} is no longer the file hireapp opened.</source>
            <translation>[{file} îš ñö ļöñĝéŕ ţĥé ƒîļé ĥîŕéåþþ öþéñéð. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save everything to a new file</source>
            <translation>[Šåṽé éṽéŕýţĥîñĝ ţö å ñéŵ ƒîļé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>hireapp database (*.sqlite3);;All files (*)</source>
            <translation>[ĥîŕéåþþ ðåţåƀåšé (*.šǫļîţé3);;Åļļ ƒîļéš (*) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was saved: {reason}.</source>
            <translation>[Ñöţĥîñĝ ŵåš šåṽéð: {reason}. ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Everything is saved in {path} ({candidates} candidates, {interviews} interviews), and hireapp goes on in that file. Next time, open it with: hireapp --db {path}</source>
            <translation>[Éṽéŕýţĥîñĝ îš šåṽéð îñ {path} ({candidates} çåñðîðåţéš, {interviews} îñţéŕṽîéŵš), åñð ĥîŕéåþþ ĝöéš öñ îñ ţĥåţ ƒîļé. Ñéẋţ ţîɱé, öþéñ îţ ŵîţĥ: ĥîŕéåþþ --ðƀ {path} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saving…</source>
            <translation>[Šåṽîñĝ… ~~~]</translation>
        </message>
        <message>
            <source>The database has not answered yet: another program may be writing to it.
Your changes are kept in order and saved as soon as it answers.</source>
            <translation>[Ţĥé ðåţåƀåšé ĥåš ñöţ åñšŵéŕéð ýéţ: åñöţĥéŕ þŕöĝŕåɱ ɱåý ƀé ŵŕîţîñĝ ţö îţ.
Ýöûŕ çĥåñĝéš åŕé ķéþţ îñ öŕðéŕ åñð šåṽéð åš šööñ åš îţ åñšŵéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your changes are kept in order and saved as soon as it answers.</source>
            <translation>[Ýöûŕ çĥåñĝéš åŕé ķéþţ îñ öŕðéŕ åñð šåṽéð åš šööñ åš îţ åñšŵéŕš. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>✓ All changes saved {time}</source>
            <translation>[✓ Åļļ çĥåñĝéš šåṽéð {time} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every change is saved as you make it; there is no Save.</source>
            <translation>[Éṽéŕý çĥåñĝé îš šåṽéð åš ýöû ɱåķé îţ; ţĥéŕé îš ñö Šåṽé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Saving</source>
            <translation>[Šåṽîñĝ ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{action} has to wait: %n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>[{action} ĥåš ţö ŵåîţ: %n çĥåñĝéš åŕé ñöţ šåṽéð ýéţ (ţĥé ðåţåƀåšé îš ƀûšý). ~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{action} ĥåš ţö ŵåîţ: %n çĥåñĝéš åŕé ñöţ šåṽéð ýéţ (ţĥé ðåţåƀåšé îš ƀûšý). ~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Amending</source>
            <translation>[Åɱéñðîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>Recommendation: {value}</source>
            <translation>[Ŕéçöɱɱéñðåţîöñ: {value} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Submitting</source>
            <translation>[Šûƀɱîţţîñĝ ~~~~]</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>[ţĥé ŕéçöɱɱéñðåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not submitted yet: still open: {missing}.</source>
            <translation>[Ñöţ šûƀɱîţţéð ýéţ: šţîļļ öþéñ: {missing}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Submit interview</source>
            <translation>[Šûƀɱîţ îñţéŕṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Submit the interview with {name}? After this nothing in it can be changed.</source>
            <translation>[Šûƀɱîţ ţĥé îñţéŕṽîéŵ ŵîţĥ {name}? Åƒţéŕ ţĥîš ñöţĥîñĝ îñ îţ çåñ ƀé çĥåñĝéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Submitted {moment}. This interview is read-only; colleagues' scores for this candidate are now visible to you.</source>
            <translation>[Šûƀɱîţţéð {moment}. Ţĥîš îñţéŕṽîéŵ îš ŕéåð-öñļý; çöļļéåĝûéš' šçöŕéš ƒöŕ ţĥîš çåñðîðåţé åŕé ñöŵ ṽîšîƀļé ţö ýöû. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>[ñöţ ŕéçöŕðéð ~~~~~]</translation>
        </message>
        <message>
            <source>First impression: {score}</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ: {score} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>not answered yet</source>
            <translation>[ñöţ åñšŵéŕéð ýéţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>skipped ({reason})</source>
            <translation>[šķîþþéð ({reason}) ~~~~]</translation>
        </message>
        <message>
            <source>Closing</source>
            <translation>[Çļöšîñĝ ~~~]</translation>
        </message>
        <message>
            <source>Close interview</source>
            <translation>[Çļöšé îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>The database file was deleted or replaced: %n changes are kept only in this window.</source>
            <translation>
                <numerusform>[Ţĥé ðåţåƀåšé ƒîļé ŵåš ðéļéţéð öŕ ŕéþļåçéð: %n çĥåñĝéš åŕé ķéþţ öñļý îñ ţĥîš ŵîñðöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ţĥé ðåţåƀåšé ƒîļé ŵåš ðéļéţéð öŕ ŕéþļåçéð: %n çĥåñĝéš åŕé ķéþţ öñļý îñ ţĥîš ŵîñðöŵ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Save everything to a new file…</source>
            <translation>[&amp;Såṽé éṽéŕýţĥîñĝ ţö å ñéŵ ƒîļé… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close anyway (they are lost)</source>
            <translation>[Çļöšé åñýŵåý (ţĥéý åŕé ļöšţ) ~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n changes are not saved yet (the database is busy).</source>
            <translation>
                <numerusform>[%n çĥåñĝéš åŕé ñöţ šåṽéð ýéţ (ţĥé ðåţåƀåšé îš ƀûšý). ~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n çĥåñĝéš åŕé ñöţ šåṽéð ýéţ (ţĥé ðåţåƀåšé îš ƀûšý). ~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Wait</source>
            <translation>[Ŵåîţ ~~]</translation>
        </message>
    </context>
    <context>
        <name>Language</name>
        <message>
            <source>System ({language})</source>
            <translation>[Šýšţéɱ ({language}) ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LanguageDialog</name>
        <message>
            <source>Language</source>
            <translation>[Ļåñĝûåĝé ~~~~]</translation>
        </message>
        <message>
            <source>The new language applies when hireapp starts again.</source>
            <translation>[Ţĥé ñéŵ ļåñĝûåĝé åþþļîéš ŵĥéñ ĥîŕéåþþ šţåŕţš åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>LevelButton</name>
        <message>
            <source>Level {level}</source>
            <translation>[Ļéṽéļ {level} ~~~]</translation>
        </message>
        <message>
            <source>Key {key}</source>
            <translation>[Ķéý {key} ~~]</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>Loading candidates…</source>
            <translation>[Ļöåðîñĝ çåñðîðåţéš… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>hireapp: {database}</source>
            <translation>[ĥîŕéåþþ: {database} ~~~~]</translation>
        </message>
        <message>
            <source>Side &amp;by side…</source>
            <translation>[Šîðé &amp;bý šîðé… ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Debrief…</source>
            <translation>[&amp;Déƀŕîéƒ… ~~~~]</translation>
        </message>
        <message>
            <source>Where the interviewers disagree, the panel's decision and the hire's outcomes</source>
            <translation>[Ŵĥéŕé ţĥé îñţéŕṽîéŵéŕš ðîšåĝŕéé, ţĥé þåñéļ'š ðéçîšîöñ åñð ţĥé ĥîŕé'š öûţçöɱéš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>R&amp;ubrics…</source>
            <translation>[Ŕ&amp;uƀŕîçš… ~~~~]</translation>
        </message>
        <message>
            <source>Rubric versions, where they are used, which questions work</source>
            <translation>[Ŕûƀŕîç ṽéŕšîöñš, ŵĥéŕé ţĥéý åŕé ûšéð, ŵĥîçĥ ǫûéšţîöñš ŵöŕķ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Validity…</source>
            <translation>[&amp;Våļîðîţý… ~~~~]</translation>
        </message>
        <message>
            <source>Does the interview predict how hires do? Figures against outcomes</source>
            <translation>[Ðöéš ţĥé îñţéŕṽîéŵ þŕéðîçţ ĥöŵ ĥîŕéš ðö? Ƒîĝûŕéš åĝåîñšţ öûţçöɱéš ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Language…</source>
            <translation>[&amp;Låñĝûåĝé… ~~~~]</translation>
        </message>
        <message>
            <source>All positions</source>
            <translation>[Åļļ þöšîţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>Ready</source>
            <translation>[Ŕéåðý ~~]</translation>
        </message>
        <message>
            <source>Select a candidate first.</source>
            <translation>[Šéļéçţ å çåñðîðåţé ƒîŕšţ. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save summary as PDF</source>
            <translation>[Šåṽé šûɱɱåŕý åš ÞÐƑ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Select 2 to 10 candidates to compare.</source>
            <translation>[Šéļéçţ 2 ţö 10 çåñðîðåţéš ţö çöɱþåŕé. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Opened your submitted interview of {name}: read only.</source>
            <translation>[Öþéñéð ýöûŕ šûƀɱîţţéð îñţéŕṽîéŵ öƒ {name}: ŕéåð öñļý. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You had already started this interview: resumed.</source>
            <translation>[Ýöû ĥåð åļŕéåðý šţåŕţéð ţĥîš îñţéŕṽîéŵ: ŕéšûɱéð. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Added {name}.</source>
            <translation>[Åððéð {name}. ~~~]</translation>
        </message>
        <message>
            <source>Resume</source>
            <translation>[Ŕéšûɱé ~~~]</translation>
        </message>
        <message>
            <source>No unfinished interviews.</source>
            <translation>[Ñö ûñƒîñîšĥéð îñţéŕṽîéŵš. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured interviews for people who will serve customers well: the 30-second impression recorded on its own, anchored questions, and HR comparisons.</source>
            <translation>[Šţŕûçţûŕéð îñţéŕṽîéŵš ƒöŕ þéöþļé ŵĥö ŵîļļ šéŕṽé çûšţöɱéŕš ŵéļļ: ţĥé 30-šéçöñð îɱþŕéššîöñ ŕéçöŕðéð öñ îţš öŵñ, åñçĥöŕéð ǫûéšţîöñš, åñð ĤŔ çöɱþåŕîšöñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Database: {database}</source>
            <translation>[Ðåţåƀåšé: {database} ~~~~]</translation>
        </message>
        <message>
            <source>About hireapp</source>
            <translation>[Åƀöûţ ĥîŕéåþþ ~~~~~~]</translation>
        </message>
        <message>
            <source>The language changes when hireapp starts again.</source>
            <translation>[Ţĥé ļåñĝûåĝé çĥåñĝéš ŵĥéñ ĥîŕéåþþ šţåŕţš åĝåîñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not closed: an interview is still saving. It closes by itself once its changes are saved; then quit again.</source>
            <translation>[Ñöţ çļöšéð: åñ îñţéŕṽîéŵ îš šţîļļ šåṽîñĝ. Îţ çļöšéš ƀý îţšéļƒ öñçé îţš çĥåñĝéš åŕé šåṽéð; ţĥéñ ǫûîţ åĝåîñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>[&amp;Pöšîţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Candidates</source>
            <translation>[Çåñðîðåţéš ~~~~]</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>[&amp;Fîļé ~~]</translation>
        </message>
        <message>
            <source>&amp;Interview</source>
            <translation>[&amp;Iñţéŕṽîéŵ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Candidates</source>
            <translation>[&amp;Cåñðîðåţéš ~~~~]</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>[&amp;Vîéŵ ~~]</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>[&amp;Héļþ ~~]</translation>
        </message>
        <message>
            <source>Toolbar</source>
            <translation>[Ţööļƀåŕ ~~~]</translation>
        </message>
        <message>
            <source>&amp;New interview…</source>
            <translation>[&amp;Néŵ îñţéŕṽîéŵ… ~~~~~~]</translation>
        </message>
        <message>
            <source>Start an interview: choose or create the candidate (Ctrl+N)</source>
            <translation>[Šţåŕţ åñ îñţéŕṽîéŵ: çĥööšé öŕ çŕéåţé ţĥé çåñðîðåţé (Çţŕļ+Ñ) ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Interview selected candidate…</source>
            <translation>[&amp;Iñţéŕṽîéŵ šéļéçţéð çåñðîðåţé… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Start or resume your interview of the selected candidate (Enter)</source>
            <translation>[Šţåŕţ öŕ ŕéšûɱé ýöûŕ îñţéŕṽîéŵ öƒ ţĥé šéļéçţéð çåñðîðåţé (Éñţéŕ) ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Resume unfinished…</source>
            <translation>[&amp;Réšûɱé ûñƒîñîšĥéð… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviews that were started but not submitted (Ctrl+R)</source>
            <translation>[Îñţéŕṽîéŵš ţĥåţ ŵéŕé šţåŕţéð ƀûţ ñöţ šûƀɱîţţéð (Çţŕļ+Ŕ) ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New &amp;candidate…</source>
            <translation>[Ñéŵ &amp;cåñðîðåţé… ~~~~~~]</translation>
        </message>
        <message>
            <source>Add a candidate (Ctrl+Shift+N)</source>
            <translation>[Åðð å çåñðîðåţé (Çţŕļ+Šĥîƒţ+Ñ) ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Import interviews…</source>
            <translation>[&amp;Iɱþöŕţ îñţéŕṽîéŵš… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add interviews exported from another machine (JSON)</source>
            <translation>[Åðð îñţéŕṽîéŵš éẋþöŕţéð ƒŕöɱ åñöţĥéŕ ɱåçĥîñé (ĴŠÖÑ) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Export interviews…</source>
            <translation>[&amp;Eẋþöŕţ îñţéŕṽîéŵš… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Write interviews to a JSON file for another machine</source>
            <translation>[Ŵŕîţé îñţéŕṽîéŵš ţö å ĴŠÖÑ ƒîļé ƒöŕ åñöţĥéŕ ɱåçĥîñé ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Impor&amp;t candidates from CSV…</source>
            <translation>[Îɱþöŕ&amp;t çåñðîðåţéš ƒŕöɱ ÇŠṼ… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Back up database…</source>
            <translation>[&amp;Båçķ ûþ ðåţåƀåšé… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Pre&amp;view summary</source>
            <translation>[Þŕé&amp;vîéŵ šûɱɱåŕý ~~~~~~]</translation>
        </message>
        <message>
            <source>The selected candidate's PDF summary (Ctrl+Shift+P)</source>
            <translation>[Ţĥé šéļéçţéð çåñðîðåţé'š ÞÐƑ šûɱɱåŕý (Çţŕļ+Šĥîƒţ+Þ) ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Print summary…</source>
            <translation>[&amp;Pŕîñţ šûɱɱåŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Save summary as PDF…</source>
            <translation>[&amp;Såṽé šûɱɱåŕý åš ÞÐƑ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>C&amp;ompare selected as PDF…</source>
            <translation>[Ç&amp;oɱþåŕé šéļéçţéð åš ÞÐƑ… ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>2 to 10 selected candidates side by side</source>
            <translation>[2 ţö 10 šéļéçţéð çåñðîðåţéš šîðé ƀý šîðé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Erase candidate…</source>
            <translation>[&amp;Eŕåšé çåñðîðåţé… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove everything about the selected candidate, after a confirmation</source>
            <translation>[Ŕéɱöṽé éṽéŕýţĥîñĝ åƀöûţ ţĥé šéļéçţéð çåñðîðåţé, åƒţéŕ å çöñƒîŕɱåţîöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>[&amp;Réƒŕéšĥ ~~~]</translation>
        </message>
        <message>
            <source>Reload the candidates from the database (F5)</source>
            <translation>[Ŕéļöåð ţĥé çåñðîðåţéš ƒŕöɱ ţĥé ðåţåƀåšé (Ƒ5) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>[&amp;Kéýƀöåŕð šĥöŕţçûţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;About hireapp</source>
            <translation>[&amp;Aƀöûţ ĥîŕéåþþ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Months</name>
        <message>
            <source>Jan</source>
            <translation>[Ĵåñ ~~]</translation>
        </message>
        <message>
            <source>Feb</source>
            <translation>[Ƒéƀ ~~]</translation>
        </message>
        <message>
            <source>Mar</source>
            <translation>[Ṁåŕ ~~]</translation>
        </message>
        <message>
            <source>Apr</source>
            <translation>[Åþŕ ~~]</translation>
        </message>
        <message>
            <source>May</source>
            <translation>[Ṁåý ~~]</translation>
        </message>
        <message>
            <source>Jun</source>
            <translation>[Ĵûñ ~~]</translation>
        </message>
        <message>
            <source>Jul</source>
            <translation>[Ĵûļ ~~]</translation>
        </message>
        <message>
            <source>Aug</source>
            <translation>[Åûĝ ~~]</translation>
        </message>
        <message>
            <source>Sep</source>
            <translation>[Šéþ ~~]</translation>
        </message>
        <message>
            <source>Oct</source>
            <translation>[Öçţ ~~]</translation>
        </message>
        <message>
            <source>Nov</source>
            <translation>[Ñöṽ ~~]</translation>
        </message>
        <message>
            <source>Dec</source>
            <translation>[Ðéç ~~]</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewDialog</name>
        <message>
            <source>&amp;Start interview</source>
            <translation>[&amp;Sţåŕţ îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Open interview</source>
            <translation>[&amp;Oþéñ îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Resume interview</source>
            <translation>[&amp;Réšûɱé îñţéŕṽîéŵ ~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{title} {version} (%n questions)</source>
            <translation>
                <numerusform>[{title} {version} (%n ǫûéšţîöñš) ~~~~~~]</numerusform>
                <numerusform>[{title} {version} (%n ǫûéšţîöñš) ~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Type part of a name or email: the candidates who match are offered.</source>
            <translation>[Ţýþé þåŕţ öƒ å ñåɱé öŕ éɱåîļ: ţĥé çåñðîðåţéš ŵĥö ɱåţçĥ åŕé öƒƒéŕéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your name; a name not yet listed is added.</source>
            <translation>[Ýöûŕ ñåɱé; å ñåɱé ñöţ ýéţ ļîšţéð îš åððéð. ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose a candidate from the list, or create a new one.</source>
            <translation>[Çĥööšé å çåñðîðåţé ƒŕöɱ ţĥé ļîšţ, öŕ çŕéåţé å ñéŵ öñé. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Enter your name as the interviewer.</source>
            <translation>[Éñţéŕ ýöûŕ ñåɱé åš ţĥé îñţéŕṽîéŵéŕ. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Each interviewer interviews a candidate once, so no second interview is started; Open interview shows yours (read only).</source>
            <translation>[Éåçĥ îñţéŕṽîéŵéŕ îñţéŕṽîéŵš å çåñðîðåţé öñçé, šö ñö šéçöñð îñţéŕṽîéŵ îš šţåŕţéð; Öþéñ îñţéŕṽîéŵ šĥöŵš ýöûŕš (ŕéåð öñļý). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You already interviewed {name}: submitted.</source>
            <translation>[Ýöû åļŕéåðý îñţéŕṽîéŵéð {name}: šûƀɱîţţéð. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You already interviewed {name}: submitted on {day}.</source>
            <translation>[Ýöû åļŕéåðý îñţéŕṽîéŵéð {name}: šûƀɱîţţéð öñ {day}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You already started interviewing {name} on {day} and have not submitted it. Resume interview carries on where it stopped.</source>
            <translation>[Ýöû åļŕéåðý šţåŕţéð îñţéŕṽîéŵîñĝ {name} öñ {day} åñð ĥåṽé ñöţ šûƀɱîţţéð îţ. Ŕéšûɱé îñţéŕṽîéŵ çåŕŕîéš öñ ŵĥéŕé îţ šţöþþéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Chosen for this interview</source>
            <translation>[Çĥöšéñ ƒöŕ ţĥîš îñţéŕṽîéŵ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The rubric new interviews for {position} use</source>
            <translation>[Ţĥé ŕûƀŕîç ñéŵ îñţéŕṽîéŵš ƒöŕ {position} ûšé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>[Ñéŵ îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Candidate:</source>
            <translation>[&amp;Cåñðîðåţé: ~~~~]</translation>
        </message>
        <message>
            <source>Candidate</source>
            <translation>[Çåñðîðåţé ~~~~]</translation>
        </message>
        <message>
            <source>&amp;New candidate…</source>
            <translation>[&amp;Néŵ çåñðîðåţé… ~~~~~~]</translation>
        </message>
        <message>
            <source>Create a new candidate</source>
            <translation>[Çŕéåţé å ñéŵ çåñðîðåţé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Position:</source>
            <translation>[Þöšîţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Position of the chosen candidate</source>
            <translation>[Þöšîţîöñ öƒ ţĥé çĥöšéñ çåñðîðåţé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Interviewer (you):</source>
            <translation>[&amp;Iñţéŕṽîéŵéŕ (ýöû): ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>[Îñţéŕṽîéŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Rubric:</source>
            <translation>[&amp;Rûƀŕîç: ~~~]</translation>
        </message>
        <message>
            <source>Rubric version</source>
            <translation>[Ŕûƀŕîç ṽéŕšîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Your earlier interview of this candidate</source>
            <translation>[Ýöûŕ éåŕļîéŕ îñţéŕṽîéŵ öƒ ţĥîš çåñðîðåţé ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What is wrong</source>
            <translation>[Ŵĥåţ îš ŵŕöñĝ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>NewRubric</name>
        <message>
            <source>New rubric</source>
            <translation>[Ñéŵ ŕûƀŕîç ~~~~]</translation>
        </message>
        <message>
            <source>The default rubric</source>
            <translation>[Ţĥé ðéƒåûļţ ŕûƀŕîç ~~~~~~~~]</translation>
        </message>
        <message>
            <source>A copy of {rubric}</source>
            <translation>[Å çöþý öƒ {rubric} ~~~~]</translation>
        </message>
        <message>
            <source>An empty outline</source>
            <translation>[Åñ éɱþţý öûţļîñé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Start from</source>
            <translation>[Šţåŕţ ƒŕöɱ ~~~~]</translation>
        </message>
        <message>
            <source>Title</source>
            <translation>[Ţîţļé ~~]</translation>
        </message>
        <message>
            <source>Id</source>
            <translation>[Îð ~]</translation>
        </message>
        <message>
            <source>Lower-case letters and digits, words joined by hyphens</source>
            <translation>[Ļöŵéŕ-çåšé ļéţţéŕš åñð ðîĝîţš, ŵöŕðš ĵöîñéð ƀý ĥýþĥéñš ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Þŕöƀļéɱ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Start from:</source>
            <translation>[&amp;Sţåŕţ ƒŕöɱ: ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Title:</source>
            <translation>[&amp;Tîţļé: ~~~]</translation>
        </message>
        <message>
            <source>&amp;Id:</source>
            <translation>[&amp;Ið: ~~]</translation>
        </message>
        <message>
            <source>Give the rubric a title.</source>
            <translation>[Ĝîṽé ţĥé ŕûƀŕîç å ţîţļé. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The id is lower-case letters and digits, words joined by single hyphens.</source>
            <translation>[Ţĥé îð îš ļöŵéŕ-çåšé ļéţţéŕš åñð ðîĝîţš, ŵöŕðš ĵöîñéð ƀý šîñĝļé ĥýþĥéñš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A rubric with the id “{id}” exists: choose another id, or make a new version of it (Ctrl+N).</source>
            <translation>[Å ŕûƀŕîç ŵîţĥ ţĥé îð “{id}” éẋîšţš: çĥööšé åñöţĥéŕ îð, öŕ ɱåķé å ñéŵ ṽéŕšîöñ öƒ îţ (Çţŕļ+Ñ). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Numbers</name>
        <message>
            <source>.</source>
            <comment>format: the decimal separator</comment>
            <translation>.</translation>
        </message>
    </context>
    <context>
        <name>Operations</name>
        <message numerus="yes">
            <source>… and %Ln more</source>
            <translation>
                <numerusform>[… åñð %Ln ɱöŕé ~~~~~]</numerusform>
                <numerusform>[… åñð %Ln ɱöŕé ~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Nothing was imported:</source>
            <translation>[Ñöţĥîñĝ ŵåš îɱþöŕţéð: ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the last action</source>
            <translation>[ţĥé ļåšţ åçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>An unexpected error stopped “{title}”. Nothing more is known here; the details were written to the program's error output.</source>
            <translation>[Åñ ûñéẋþéçţéð éŕŕöŕ šţöþþéð “{title}”. Ñöţĥîñĝ ɱöŕé îš ķñöŵñ ĥéŕé; ţĥé ðéţåîļš ŵéŕé ŵŕîţţéñ ţö ţĥé þŕöĝŕåɱ'š éŕŕöŕ öûţþûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéļ ~~~]</translation>
        </message>
    </context>
    <context>
        <name>OutcomeDialog</name>
        <message>
            <source>Record an outcome</source>
            <translation>[Ŕéçöŕð åñ öûţçöɱé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>[Ļöåðîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>Review point</source>
            <translation>[Ŕéṽîéŵ þöîñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Still &amp;employed</source>
            <translation>[Šţîļļ &amp;eɱþļöýéð ~~~~~~]</translation>
        </message>
        <message>
            <source>The manager's rating, on the interview's scales</source>
            <translation>[Ţĥé ɱåñåĝéŕ'š ŕåţîñĝ, öñ ţĥé îñţéŕṽîéŵ'š šçåļéš ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The manager's rating</source>
            <translation>[Ţĥé ɱåñåĝéŕ'š ŕåţîñĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Measure</source>
            <translation>[Ṁéåšûŕé ~~~]</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>[Ṽåļûé ~~]</translation>
        </message>
        <message>
            <source>Measures, such as customer satisfaction</source>
            <translation>[Ṁéåšûŕéš, šûçĥ åš çûšţöɱéŕ šåţîšƒåçţîöñ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A name (lower-case letters, digits, . _ -) and a number, such as csat 4.3; Ctrl+Shift+A adds a row</source>
            <translation>[Å ñåɱé (ļöŵéŕ-çåšé ļéţţéŕš, ðîĝîţš, . _ -) åñð å ñûɱƀéŕ, šûçĥ åš çšåţ 4.3; Çţŕļ+Šĥîƒţ+Å åððš å ŕöŵ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recorded by</source>
            <translation>[Ŕéçöŕðéð ƀý ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Review point:</source>
            <translation>[&amp;Réṽîéŵ þöîñţ: ~~~~~~]</translation>
        </message>
        <message>
            <source>Recorded &amp;by:</source>
            <translation>[Ŕéçöŕðéð &amp;bý: ~~~~~]</translation>
        </message>
        <message>
            <source>Problem</source>
            <translation>[Þŕöƀļéɱ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Measures:</source>
            <translation>[&amp;Méåšûŕéš: ~~~~]</translation>
        </message>
        <message>
            <source>Outcome: {name}</source>
            <translation>[Öûţçöɱé: {name} ~~~~]</translation>
        </message>
        <message>
            <source>Outcomes are recorded for hires: {name} has no hire decision yet. Record the decision in the debrief first.</source>
            <translation>[Öûţçöɱéš åŕé ŕéçöŕðéð ƒöŕ ĥîŕéš: {name} ĥåš ñö ĥîŕé ðéçîšîöñ ýéţ. Ŕéçöŕð ţĥé ðéçîšîöñ îñ ţĥé ðéƀŕîéƒ ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>How {name} is doing, at a review point after the hire. The manager rates on the questions the interview asked, with the same described levels.</source>
            <translation>[Ĥöŵ {name} îš ðöîñĝ, åţ å ŕéṽîéŵ þöîñţ åƒţéŕ ţĥé ĥîŕé. Ţĥé ɱåñåĝéŕ ŕåţéš öñ ţĥé ǫûéšţîöñš ţĥé îñţéŕṽîéŵ åšķéð, ŵîţĥ ţĥé šåɱé ðéšçŕîƀéð ļéṽéļš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>– not rated</source>
            <translation>[– ñöţ ŕåţéð ~~~~~]</translation>
        </message>
        <message>
            <source> (recorded)</source>
            <translation>[ (ŕéçöŕðéð) ~~~~~]</translation>
        </message>
        <message>
            <source> (due {day})</source>
            <translation>[ (ðûé {day}) ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ĥîŕé ~~~~~~~~]</numerusform>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ĥîŕé ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Measure on row {row}: give a name and a number, such as csat 4.3.</source>
            <translation>[Ṁéåšûŕé öñ ŕöŵ {row}: ĝîṽé å ñåɱé åñð å ñûɱƀéŕ, šûçĥ åš çšåţ 4.3. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>This review point is due on {day}: record it then.</source>
            <translation>[Ţĥîš ŕéṽîéŵ þöîñţ îš ðûé öñ {day}: ŕéçöŕð îţ ţĥéñ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not saved: {problem}</source>
            <translation>[Ñöţ šåṽéð: {problem} ~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>PdfPages</name>
        <message>
            <source>Page {page} of {total}</source>
            <translation>[Þåĝé {page} öƒ {total} ~~~~]</translation>
        </message>
        <message>
            <source>Document</source>
            <translation>[Ðöçûɱéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Confidential: personal data for the hiring panel only. Do not copy or forward.</source>
            <translation>[Çöñƒîðéñţîåļ: þéŕšöñåļ ðåţå ƒöŕ ţĥé ĥîŕîñĝ þåñéļ öñļý. Ðö ñöţ çöþý öŕ ƒöŕŵåŕð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{kind}: {name}</source>
            <translation>[{kind}: {name} ~]</translation>
        </message>
        <message>
            <source>Shortlist comparison</source>
            <translation>[Šĥöŕţļîšţ çöɱþåŕîšöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Debrief</source>
            <translation>[Ðéƀŕîéƒ ~~~]</translation>
        </message>
        <message>
            <source>Candidate summary</source>
            <translation>[Çåñðîðåţé šûɱɱåŕý ~~~~~~~]</translation>
        </message>
        <message>
            <source>hidden until you submit</source>
            <translation>[ĥîððéñ ûñţîļ ýöû šûƀɱîţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>before any interview was submitted</source>
            <translation>[ƀéƒöŕé åñý îñţéŕṽîéŵ ŵåš šûƀɱîţţéð ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>before the last interview was submitted</source>
            <translation>[ƀéƒöŕé ţĥé ļåšţ îñţéŕṽîéŵ ŵåš šûƀɱîţţéð ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>right after the last interview</source>
            <translation>[ŕîĝĥţ åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the last interview</source>
            <translation>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hours after the last interview</source>
            <translation>
                <numerusform>[%n ĥöûŕš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ĥöûŕš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n minutes after the last interview</source>
            <translation>
                <numerusform>[%n ɱîñûţéš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ɱîñûţéš åƒţéŕ ţĥé ļåšţ îñţéŕṽîéŵ ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>PositionChoice</name>
        <message>
            <source>Use for a position</source>
            <translation>[Ûšé ƒöŕ å þöšîţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>New interviews for the position will use {version}. Interviews already started keep the rubric they were started with.</source>
            <translation>[Ñéŵ îñţéŕṽîéŵš ƒöŕ ţĥé þöšîţîöñ ŵîļļ ûšé {version}. Îñţéŕṽîéŵš åļŕéåðý šţåŕţéð ķééþ ţĥé ŕûƀŕîç ţĥéý ŵéŕé šţåŕţéð ŵîţĥ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>[&amp;Pöšîţîöñ: ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QuestionPage</name>
        <message>
            <source>Question {number} of {total}</source>
            <translation>[Ǫûéšţîöñ {number} öƒ {total} ~~~~~~]</translation>
        </message>
        <message>
            <source>Progress</source>
            <translation>[Þŕöĝŕéšš ~~~~]</translation>
        </message>
        <message>
            <source>Time on this question</source>
            <translation>[Ţîɱé öñ ţĥîš ǫûéšţîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Time spent on this question</source>
            <translation>[Ţîɱé šþéñţ öñ ţĥîš ǫûéšţîöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Probes: {probes}</source>
            <translation>[Þŕöƀéš: {probes} ~~~~]</translation>
        </message>
        <message>
            <source>Probes</source>
            <translation>[Þŕöƀéš ~~~]</translation>
        </message>
        <message>
            <source>N&amp;otes (Esc returns to the scale):</source>
            <translation>[Ñ&amp;oţéš (Éšç ŕéţûŕñš ţö ţĥé šçåļé): ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes on {question}</source>
            <translation>[Ñöţéš öñ {question} ~~~~]</translation>
        </message>
        <message>
            <source>What did the candidate actually do? Detail helps a reviewer.</source>
            <translation>[Ŵĥåţ ðîð ţĥé çåñðîðåţé åçţûåļļý ðö? Ðéţåîļ ĥéļþš å ŕéṽîéŵéŕ. ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;kip question… (Ctrl+K)</source>
            <translation>[Š&amp;kîþ ǫûéšţîöñ… (Çţŕļ+Ķ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Skip {question} with a reason</source>
            <translation>[Šķîþ {question} ŵîţĥ å ŕéåšöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Question {number} of {total}: {title}</source>
            <translation>[Ǫûéšţîöñ {number} öƒ {total}: {title} ~~~~~~]</translation>
        </message>
        <message>
            <source>Skipped: {reason}. Choosing a level answers it after all.</source>
            <translation>[Šķîþþéð: {reason}. Çĥööšîñĝ å ļéṽéļ åñšŵéŕš îţ åƒţéŕ åļļ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Recommendation</name>
        <message>
            <source>Strong no</source>
            <translation>[Šţŕöñĝ ñö ~~~~]</translation>
        </message>
        <message>
            <source>No</source>
            <translation>[Ñö ~]</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>[Ýéš ~~]</translation>
        </message>
        <message>
            <source>Strong yes</source>
            <translation>[Šţŕöñĝ ýéš ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Reports</name>
        <message numerus="yes">
            <source>printing was cancelled after {painted} of %n page(s)</source>
            <translation>
                <numerusform>[þŕîñţîñĝ ŵåš çåñçéļļéð åƒţéŕ {painted} öƒ %n þåĝé(š) ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[þŕîñţîñĝ ŵåš çåñçéļļéð åƒţéŕ {painted} öƒ %n þåĝé(š) ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>the printer could not be opened</source>
            <translation>[ţĥé þŕîñţéŕ çöûļð ñöţ ƀé öþéñéð ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>the document to print could not be read</source>
            <translation>[ţĥé ðöçûɱéñţ ţö þŕîñţ çöûļð ñöţ ƀé ŕéåð ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Page shown</source>
            <translation>[Þåĝé šĥöŵñ ~~~~]</translation>
        </message>
        <message>
            <source>Preview tools</source>
            <translation>[Þŕéṽîéŵ ţööļš ~~~~~~]</translation>
        </message>
        <message>
            <source>Document preview</source>
            <translation>[Ðöçûɱéñţ þŕéṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Shortcut: {keys}</source>
            <translation>[Šĥöŕţçûţ: {keys} ~~~~]</translation>
        </message>
        <message>
            <source>◀ Previous</source>
            <translation>[◀ Þŕéṽîöûš ~~~~]</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>[Þŕéṽîöûš þåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>Next ▶</source>
            <translation>[Ñéẋţ ▶ ~~~]</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>[Ñéẋţ þåĝé ~~~~]</translation>
        </message>
        <message>
            <source>Zoom out</source>
            <translation>[Žööɱ öûţ ~~~~]</translation>
        </message>
        <message>
            <source>Zoom in</source>
            <translation>[Žööɱ îñ ~~~]</translation>
        </message>
        <message>
            <source>Fit width</source>
            <translation>[Ƒîţ ŵîðţĥ ~~~~]</translation>
        </message>
        <message>
            <source>Print…</source>
            <translation>[Þŕîñţ… ~~~]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[Þŕîñţ ~~]</translation>
        </message>
        <message>
            <source>Save as PDF…</source>
            <translation>[Šåṽé åš ÞÐƑ… ~~~~~]</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>[Šåṽé åš ÞÐƑ ~~~~~]</translation>
        </message>
        <message>
            <source>Page {page} of {count}</source>
            <translation>[Þåĝé {page} öƒ {count} ~~~~]</translation>
        </message>
        <message>
            <source>PDF documents (*.pdf)</source>
            <translation>[ÞÐƑ ðöçûɱéñţš (*.þðƒ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Summary: {about}</source>
            <translation>[Šûɱɱåŕý: {about} ~~~~]</translation>
        </message>
        <message>
            <source>Comparison: {about}</source>
            <translation>[Çöɱþåŕîšöñ: {about} ~~~~~]</translation>
        </message>
        <message>
            <source>Debrief: {about}</source>
            <translation>[Ðéƀŕîéƒ: {about} ~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Printed %n page(s) of “{title}”.</source>
            <translation>
                <numerusform>[Þŕîñţéð %n þåĝé(š) öƒ “{title}”. ~~~~~~~~~~]</numerusform>
                <numerusform>[Þŕîñţéð %n þåĝé(š) öƒ “{title}”. ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Cannot print</source>
            <translation>[Çåññöţ þŕîñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Printing “{title}”…</source>
            <translation>[Þŕîñţîñĝ “{title}”… ~~~~~]</translation>
        </message>
        <message>
            <source>Cannot save the PDF</source>
            <translation>[Çåññöţ šåṽé ţĥé ÞÐƑ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Preview summary</source>
            <translation>[Þŕéṽîéŵ šûɱɱåŕý ~~~~~~]</translation>
        </message>
        <message>
            <source>Preparing the summary…</source>
            <translation>[Þŕéþåŕîñĝ ţĥé šûɱɱåŕý… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print summary</source>
            <translation>[Þŕîñţ šûɱɱåŕý ~~~~~~]</translation>
        </message>
        <message>
            <source>Save summary as PDF</source>
            <translation>[Šåṽé šûɱɱåŕý åš ÞÐƑ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Writing the summary…</source>
            <translation>[Ŵŕîţîñĝ ţĥé šûɱɱåŕý… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Compare as PDF</source>
            <translation>[Çöɱþåŕé åš ÞÐƑ ~~~~~~]</translation>
        </message>
        <message>
            <source>Preparing the comparison…</source>
            <translation>[Þŕéþåŕîñĝ ţĥé çöɱþåŕîšöñ… ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ResumeDialog</name>
        <message>
            <source>at the wrap-up</source>
            <translation>[åţ ţĥé ŵŕåþ-ûþ ~~~~~~]</translation>
        </message>
        <message>
            <source>at question {number} of {questions}, “{title}”</source>
            <translation>[åţ ǫûéšţîöñ {number} öƒ {questions}, “{title}” ~~~~~~~~]</translation>
        </message>
        <message>
            <source>at the first impression</source>
            <translation>[åţ ţĥé ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>interviewed by {name}</source>
            <translation>[îñţéŕṽîéŵéð ƀý {name} ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{done} of %n questions done</source>
            <translation>
                <numerusform>[{done} öƒ %n ǫûéšţîöñš ðöñé ~~~~~~~~]</numerusform>
                <numerusform>[{done} öƒ %n ǫûéšţîöñš ðöñé ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>last change {moment}</source>
            <translation>[ļåšţ çĥåñĝé {moment} ~~~~~]</translation>
        </message>
        <message>
            <source>Unfinished interviews</source>
            <translation>[Ûñƒîñîšĥéð îñţéŕṽîéŵš ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Show colleagues' unfinished interviews too ({count})</source>
            <translation>[&amp;Sĥöŵ çöļļéåĝûéš' ûñƒîñîšĥéð îñţéŕṽîéŵš ţöö ({count}) ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Resuming a colleague's interview makes you its interviewer on this machine.</source>
            <translation>[Ŕéšûɱîñĝ å çöļļéåĝûé'š îñţéŕṽîéŵ ɱåķéš ýöû îţš îñţéŕṽîéŵéŕ öñ ţĥîš ɱåçĥîñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Resume</source>
            <translation>[&amp;Réšûɱé ~~~]</translation>
        </message>
        <message>
            <source>&amp;Later</source>
            <translation>[&amp;Låţéŕ ~~]</translation>
        </message>
        <message>
            <source>Everything entered so far is saved; resume one where it stopped.</source>
            <translation>[Éṽéŕýţĥîñĝ éñţéŕéð šö ƒåŕ îš šåṽéð; ŕéšûɱé öñé ŵĥéŕé îţ šţöþþéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Your interviews that were started and not submitted.</source>
            <translation>[Ýöûŕ îñţéŕṽîéŵš ţĥåţ ŵéŕé šţåŕţéð åñð ñöţ šûƀɱîţţéð. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>You have no unfinished interviews. These are colleagues'; resuming one makes you its interviewer on this machine.</source>
            <translation>[Ýöû ĥåṽé ñö ûñƒîñîšĥéð îñţéŕṽîéŵš. Ţĥéšé åŕé çöļļéåĝûéš'; ŕéšûɱîñĝ öñé ɱåķéš ýöû îţš îñţéŕṽîéŵéŕ öñ ţĥîš ɱåçĥîñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No unfinished interviews.</source>
            <translation>[Ñö ûñƒîñîšĥéð îñţéŕṽîéŵš. ~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RubricEditor</name>
        <message>
            <source>Parts of the rubric</source>
            <translation>[Þåŕţš öƒ ţĥé ŕûƀŕîç ~~~~~~~~]</translation>
        </message>
        <message>
            <source>The chosen part: its fields or its preview</source>
            <translation>[Ţĥé çĥöšéñ þåŕţ: îţš ƒîéļðš öŕ îţš þŕéṽîéŵ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Edit</source>
            <translation>[&amp;Eðîţ ~~]</translation>
        </message>
        <message>
            <source>&amp;Preview</source>
            <translation>[&amp;Pŕéṽîéŵ ~~~]</translation>
        </message>
        <message>
            <source>Problems in the rubric</source>
            <translation>[Þŕöƀļéɱš îñ ţĥé ŕûƀŕîç ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric statistics</source>
            <translation>[Ŕûƀŕîç šţåţîšţîçš ~~~~~~~]</translation>
        </message>
        <message>
            <source>The questions' use is not shown: {error}</source>
            <translation>[Ţĥé ǫûéšţîöñš' ûšé îš ñöţ šĥöŵñ: {error} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{title} {label}, {n} submitted interviews</source>
            <translation>[{title} {label}, {n} šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>A new rubric: no interviews scored with it yet.</source>
            <translation>[Å ñéŵ ŕûƀŕîç: ñö îñţéŕṽîéŵš šçöŕéð ŵîţĥ îţ ýéţ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not in the version this one starts from: no figures yet.</source>
            <translation>[Ñöţ îñ ţĥé ṽéŕšîöñ ţĥîš öñé šţåŕţš ƒŕöɱ: ñö ƒîĝûŕéš ýéţ. ~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>agreement not known yet</source>
            <translation>[åĝŕééɱéñţ ñöţ ķñöŵñ ýéţ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>agreement {icc} ({words})</source>
            <translation>[åĝŕééɱéñţ {icc} ({words}) ~~~~~~]</translation>
        </message>
        <message>
            <source>In {source}: levels chosen {levels}; skipped in {skipped} of {n}; {agreement}.</source>
            <translation>[Îñ {source}: ļéṽéļš çĥöšéñ {levels}; šķîþþéð îñ {skipped} öƒ {n}; {agreement}. ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>[&amp;Rûƀŕîç ~~~]</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö ~~]</translation>
        </message>
        <message>
            <source>&amp;Save as a new version</source>
            <translation>[&amp;Såṽé åš å ñéŵ ṽéŕšîöñ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add a &amp;question</source>
            <translation>[Åðð å &amp;qûéšţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Add a s&amp;ection</source>
            <translation>[Åðð å š&amp;eçţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Add a &amp;cue</source>
            <translation>[Åðð å &amp;cûé ~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move this part</source>
            <translation>[Ŕé&amp;möṽé ţĥîš þåŕţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Move u&amp;p</source>
            <translation>[Ṁöṽé û&amp;p ~~~]</translation>
        </message>
        <message>
            <source>Move &amp;down</source>
            <translation>[Ṁöṽé &amp;döŵñ ~~~~]</translation>
        </message>
        <message>
            <source>Add a question from the &amp;bank…</source>
            <translation>[Åðð å ǫûéšţîöñ ƒŕöɱ ţĥé &amp;båñķ… ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Put the question in the company's ban&amp;k…</source>
            <translation>[Þûţ ţĥé ǫûéšţîöñ îñ ţĥé çöɱþåñý'š ƀåñ&amp;k… ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Switch between the parts and the &amp;fields</source>
            <translation>[Šŵîţçĥ ƀéţŵééñ ţĥé þåŕţš åñð ţĥé &amp;fîéļðš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>C&amp;lose</source>
            <translation>[Ç&amp;löšé ~~]</translation>
        </message>
        <message>
            <source>Rubric: {title} · hireapp</source>
            <translation>[Ŕûƀŕîç: {title} · ĥîŕéåþþ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric: {title} (changed) · hireapp</source>
            <translation>[Ŕûƀŕîç: {title} (çĥåñĝéð) · ĥîŕéåþþ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move the question</source>
            <translation>[Ŕé&amp;möṽé ţĥé ǫûéšţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move the section</source>
            <translation>[Ŕé&amp;möṽé ţĥé šéçţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Re&amp;move the cue</source>
            <translation>[Ŕé&amp;möṽé ţĥé çûé ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Id</source>
            <translation>[&amp;Ið ~]</translation>
        </message>
        <message>
            <source>&amp;Title</source>
            <translation>[&amp;Tîţļé ~~]</translation>
        </message>
        <message>
            <source>&amp;Weight</source>
            <translation>[&amp;Wéîĝĥţ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Version</source>
            <translation>[&amp;Véŕšîöñ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Seconds</source>
            <translation>[&amp;Séçöñðš ~~~]</translation>
        </message>
        <message>
            <source>&amp;Label</source>
            <translation>[&amp;Låƀéļ ~~]</translation>
        </message>
        <message>
            <source>&amp;Description</source>
            <translation>[&amp;Déšçŕîþţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Prompt</source>
            <translation>[&amp;Pŕöɱþţ ~~~]</translation>
        </message>
        <message>
            <source>Q&amp;uestion</source>
            <translation>[Ǫ&amp;uéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Pr&amp;obes (one a line)</source>
            <translation>[Þŕ&amp;oƀéš (öñé å ļîñé) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>How the question was used</source>
            <translation>[Ĥöŵ ţĥé ǫûéšţîöñ ŵåš ûšéð ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Use so far</source>
            <translation>[Ûšé šö ƒåŕ ~~~~]</translation>
        </message>
        <message>
            <source>Level &amp;{level} (required)</source>
            <translation>[Ļéṽéļ &amp;{level} (ŕéǫûîŕéð) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Level &amp;{level}</source>
            <translation>[Ļéṽéļ &amp;{level} ~~~]</translation>
        </message>
        <message>
            <source>Choose a question to see it as the interviewer will.</source>
            <translation>[Çĥööšé å ǫûéšţîöñ ţö šéé îţ åš ţĥé îñţéŕṽîéŵéŕ ŵîļļ. ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Shown once the question has no problems left.</source>
            <translation>[Šĥöŵñ öñçé ţĥé ǫûéšţîöñ ĥåš ñö þŕöƀļéɱš ļéƒţ. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric: {title}</source>
            <translation>[Ŕûƀŕîç: {title} ~~~~]</translation>
        </message>
        <message>
            <source>Section: {title}</source>
            <translation>[Šéçţîöñ: {title} ~~~~]</translation>
        </message>
        <message>
            <source>Cue: {label}</source>
            <translation>[Çûé: {label} ~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>New question</source>
            <translation>[Ñéŵ ǫûéšţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>New section</source>
            <translation>[Ñéŵ šéçţîöñ ~~~~~]</translation>
        </message>
        <message>
            <source>New cue</source>
            <translation>[Ñéŵ çûé ~~~]</translation>
        </message>
        <message>
            <source>Question bank</source>
            <translation>[Ǫûéšţîöñ ƀåñķ ~~~~~~]</translation>
        </message>
        <message>
            <source>The bank cannot be read:
{error}</source>
            <translation>[Ţĥé ƀåñķ çåññöţ ƀé ŕéåð:
{error} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Every bank question is in already.</source>
            <translation>[Éṽéŕý ƀåñķ ǫûéšţîöñ îš îñ åļŕéåðý. ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add a question from the bank</source>
            <translation>[Åðð å ǫûéšţîöñ ƒŕöɱ ţĥé ƀåñķ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Question:</source>
            <translation>[&amp;Qûéšţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Put the question in the bank</source>
            <translation>[Þûţ ţĥé ǫûéšţîöñ îñ ţĥé ƀåñķ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Dimension:</source>
            <translation>[&amp;Dîɱéñšîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>Not added: {error}</source>
            <translation>[Ñöţ åððéð: {error} ~~~~~]</translation>
        </message>
        <message>
            <source>Added to the company's question bank.</source>
            <translation>[Åððéð ţö ţĥé çöɱþåñý'š ǫûéšţîöñ ƀåñķ. ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>No problems: Ctrl+S saves it as a new version.</source>
            <translation>[Ñö þŕöƀļéɱš: Çţŕļ+Š šåṽéš îţ åš å ñéŵ ṽéŕšîöñ. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n problems before it can be saved: {problems}</source>
            <translation>
                <numerusform>[%n þŕöƀļéɱš ƀéƒöŕé îţ çåñ ƀé šåṽéð: {problems} ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n þŕöƀļéɱš ƀéƒöŕé îţ çåñ ƀé šåṽéð: {problems} ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>The draft could not be kept: {error}</source>
            <translation>[Ţĥé ðŕåƒţ çöûļð ñöţ ƀé ķéþţ: {error} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save rubric</source>
            <translation>[Šåṽé ŕûƀŕîç ~~~~~]</translation>
        </message>
        <message>
            <source>Not saved: {error}</source>
            <translation>[Ñöţ šåṽéð: {error} ~~~~~]</translation>
        </message>
        <message>
            <source>Saved as version {id}: {title} {label}.</source>
            <translation>[Šåṽéð åš ṽéŕšîöñ {id}: {title} {label}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close the rubric</source>
            <translation>[Çļöšé ţĥé ŕûƀŕîç ~~~~~~~]</translation>
        </message>
        <message>
            <source>The rubric is not saved as a version. Keep it as a draft to go on with later?</source>
            <translation>[Ţĥé ŕûƀŕîç îš ñöţ šåṽéð åš å ṽéŕšîöñ. Ķééþ îţ åš å ðŕåƒţ ţö ĝö öñ ŵîţĥ ļåţéŕ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>RubricsWindow</name>
        <message>
            <source>Rubrics · hireapp</source>
            <translation>[Ŕûƀŕîçš · ĥîŕéåþþ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric versions</source>
            <translation>[Ŕûƀŕîç ṽéŕšîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>How each question was used</source>
            <translation>[Ĥöŵ éåçĥ ǫûéšţîöñ ŵåš ûšéð ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Loading rubrics…</source>
            <translation>[Ļöåðîñĝ ŕûƀŕîçš… ~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>[Ŕûƀŕîç ~~~]</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>[Ṽéŕšîöñ ~~~]</translation>
        </message>
        <message>
            <source>Questions</source>
            <translation>[Ǫûéšţîöñš ~~~~]</translation>
        </message>
        <message>
            <source>Used by positions</source>
            <translation>[Ûšéð ƀý þöšîţîöñš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>[Îñţéŕṽîéŵš ~~~~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Skipped</source>
            <translation>[Šķîþþéð ~~~]</translation>
        </message>
        <message>
            <source>Agreement</source>
            <translation>[Åĝŕééɱéñţ ~~~~]</translation>
        </message>
        <message>
            <source>Flags</source>
            <translation>[Ƒļåĝš ~~]</translation>
        </message>
        <message>
            <source>&amp;Rubric</source>
            <translation>[&amp;Rûƀŕîç ~~~]</translation>
        </message>
        <message>
            <source>New &amp;rubric…</source>
            <translation>[Ñéŵ &amp;rûƀŕîç… ~~~~~]</translation>
        </message>
        <message>
            <source>A new rubric from the default, the selected one, or an empty outline</source>
            <translation>[Å ñéŵ ŕûƀŕîç ƒŕöɱ ţĥé ðéƒåûļţ, ţĥé šéļéçţéð öñé, öŕ åñ éɱþţý öûţļîñé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;New version from this one…</source>
            <translation>[&amp;Néŵ ṽéŕšîöñ ƒŕöɱ ţĥîš öñé… ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Edit a copy of the selected version; saving stores it as a new version</source>
            <translation>[Éðîţ å çöþý öƒ ţĥé šéļéçţéð ṽéŕšîöñ; šåṽîñĝ šţöŕéš îţ åš å ñéŵ ṽéŕšîöñ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Export as rubric file…</source>
            <translation>[&amp;Eẋþöŕţ åš ŕûƀŕîç ƒîļé… ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Write the selected version as a TOML rubric file</source>
            <translation>[Ŵŕîţé ţĥé šéļéçţéð ṽéŕšîöñ åš å ŢÖṀĻ ŕûƀŕîç ƒîļé ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Use for a position…</source>
            <translation>[&amp;Ušé ƒöŕ å þöšîţîöñ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>New interviews for a position use the selected version</source>
            <translation>[Ñéŵ îñţéŕṽîéŵš ƒöŕ å þöšîţîöñ ûšé ţĥé šéļéçţéð ṽéŕšîöñ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Add a rubric file…</source>
            <translation>[&amp;Aðð å ŕûƀŕîç ƒîļé… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Check a rubric file and store it as a version</source>
            <translation>[Çĥéçķ å ŕûƀŕîç ƒîļé åñð šţöŕé îţ åš å ṽéŕšîöñ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <source>Close this window</source>
            <translation>[Çļöšé ţĥîš ŵîñðöŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Load rubrics</source>
            <translation>[Ļöåð ŕûƀŕîçš ~~~~~]</translation>
        </message>
        <message>
            <source>Not loaded: {error}</source>
            <translation>[Ñöţ ļöåðéð: {error} ~~~~~]</translation>
        </message>
        <message>
            <source>the default</source>
            <translation>[ţĥé ðéƒåûļţ ~~~~~]</translation>
        </message>
        <message>
            <source>{id} · content hash {hash}</source>
            <translation>[{id} · çöñţéñţ ĥåšĥ {hash} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Stored version {n}</source>
            <translation>[Šţöŕéð ṽéŕšîöñ {n} ~~~~~~]</translation>
        </message>
        <message>
            <source>none</source>
            <translation>[ñöñé ~~]</translation>
        </message>
        <message>
            <source>Positions whose new interviews use this version; the default is what a position without a rubric of its own uses</source>
            <translation>[Þöšîţîöñš ŵĥöšé ñéŵ îñţéŕṽîéŵš ûšé ţĥîš ṽéŕšîöñ; ţĥé ðéƒåûļţ îš ŵĥåţ å þöšîţîöñ ŵîţĥöûţ å ŕûƀŕîç öƒ îţš öŵñ ûšéš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{submitted} submitted, {drafts} drafts</source>
            <translation>[{submitted} šûƀɱîţţéð, {drafts} ðŕåƒţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Counting how the questions were used…</source>
            <translation>[Çöûñţîñĝ ĥöŵ ţĥé ǫûéšţîöñš ŵéŕé ûšéð… ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric statistics</source>
            <translation>[Ŕûƀŕîç šţåţîšţîçš ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not counted: {error}</source>
            <translation>[Ñöţ çöûñţéð: {error} ~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;{rubric}&lt;/b&gt;: %n submitted interviews.</source>
            <translation>
                <numerusform>[&lt;b&gt;{rubric}&lt;/b&gt;: %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~]</numerusform>
                <numerusform>[&lt;b&gt;{rubric}&lt;/b&gt;: %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n questions flagged: look at their anchors.</source>
            <translation>
                <numerusform>[%n ǫûéšţîöñš ƒļåĝĝéð: ļööķ åţ ţĥéîŕ åñçĥöŕš. ~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ǫûéšţîöñš ƒļåĝĝéð: ļööķ åţ ţĥéîŕ åñçĥöŕš. ~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>No question flagged.</source>
            <translation>[Ñö ǫûéšţîöñ ƒļåĝĝéð. ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Level {level} chosen %n times</source>
            <translation>
                <numerusform>[Ļéṽéļ {level} çĥöšéñ %n ţîɱéš ~~~~~~~~]</numerusform>
                <numerusform>[Ļéṽéļ {level} çĥöšéñ %n ţîɱéš ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Skipped in {skipped} of {n} submitted interviews</source>
            <translation>[Šķîþþéð îñ {skipped} öƒ {n} šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>ICC(1) between interviewers of the same candidate</source>
            <translation>[ÎÇÇ(1) ƀéţŵééñ îñţéŕṽîéŵéŕš öƒ ţĥé šåɱé çåñðîðåţé ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Unsaved rubric</source>
            <translation>[Ûñšåṽéð ŕûƀŕîç ~~~~~~]</translation>
        </message>
        <message>
            <source>A rubric being edited (“{title}”) was not saved as a version. Go on with it?</source>
            <translation>[Å ŕûƀŕîç ƀéîñĝ éðîţéð (“{title}”) ŵåš ñöţ šåṽéð åš å ṽéŕšîöñ. Ĝö öñ ŵîţĥ îţ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Go on with it</source>
            <translation>[&amp;Gö öñ ŵîţĥ îţ ~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Start from the selected version</source>
            <translation>[&amp;Sţåŕţ ƒŕöɱ ţĥé šéļéçţéð ṽéŕšîöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New rubric</source>
            <translation>[Ñéŵ ŕûƀŕîç ~~~~]</translation>
        </message>
        <message>
            <source>Export as rubric file</source>
            <translation>[Éẋþöŕţ åš ŕûƀŕîç ƒîļé ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric files (*.toml)</source>
            <translation>[Ŕûƀŕîç ƒîļéš (*.ţöɱļ) ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Nothing was written: {error}.</source>
            <translation>[Ñöţĥîñĝ ŵåš ŵŕîţţéñ: {error}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Written to {path}</source>
            <translation>[Ŵŕîţţéñ ţö {path} ~~~~~]</translation>
        </message>
        <message>
            <source>Use for a position</source>
            <translation>[Ûšé ƒöŕ å þöšîţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>There are no positions yet: add a candidate first.</source>
            <translation>[Ţĥéŕé åŕé ñö þöšîţîöñš ýéţ: åðð å çåñðîðåţé ƒîŕšţ. ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New interviews for {position} use {rubric}.</source>
            <translation>[Ñéŵ îñţéŕṽîéŵš ƒöŕ {position} ûšé {rubric}. ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add a rubric file</source>
            <translation>[Åðð å ŕûƀŕîç ƒîļé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric files (*.toml);;All files (*)</source>
            <translation>[Ŕûƀŕîç ƒîļéš (*.ţöɱļ);;Åļļ ƒîļéš (*) ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The file was not added:
{error}</source>
            <translation>[Ţĥé ƒîļé ŵåš ñöţ åððéð:
{error} ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Stored as version {n}: {title} {label}.</source>
            <translation>[Šţöŕéð åš ṽéŕšîöñ {n}: {title} {label}. ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ScaleWidget</name>
        <message>
            <source>{name}: level {level}</source>
            <translation>[{name}: ļéṽéļ {level} ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>Shortcuts</name>
        <message>
            <source>Candidates</source>
            <translation>[Çåñðîðåţéš ~~~~]</translation>
        </message>
        <message>
            <source>New interview</source>
            <translation>[Ñéŵ îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>Interview the selected candidate</source>
            <translation>[Îñţéŕṽîéŵ ţĥé šéļéçţéð çåñðîðåţé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>New candidate</source>
            <translation>[Ñéŵ çåñðîðåţé ~~~~~~]</translation>
        </message>
        <message>
            <source>Resume an unfinished interview</source>
            <translation>[Ŕéšûɱé åñ ûñƒîñîšĥéð îñţéŕṽîéŵ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Search candidates by name or email</source>
            <translation>[Šéåŕçĥ çåñðîðåţéš ƀý ñåɱé öŕ éɱåîļ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Side by side: the selected candidates question by question</source>
            <translation>[Šîðé ƀý šîðé: ţĥé šéļéçţéð çåñðîðåţéš ǫûéšţîöñ ƀý ǫûéšţîöñ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In the table: choose its columns</source>
            <translation>[Îñ ţĥé ţåƀļé: çĥööšé îţš çöļûɱñš ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Debrief: the panel's disagreements, the decision, outcomes</source>
            <translation>[Ðéƀŕîéƒ: ţĥé þåñéļ'š ðîšåĝŕééɱéñţš, ţĥé ðéçîšîöñ, öûţçöɱéš ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Preview the selected candidate's summary</source>
            <translation>[Þŕéṽîéŵ ţĥé šéļéçţéð çåñðîðåţé'š šûɱɱåŕý ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Print the selected candidate's summary</source>
            <translation>[Þŕîñţ ţĥé šéļéçţéð çåñðîðåţé'š šûɱɱåŕý ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Save the selected candidate's summary as PDF</source>
            <translation>[Šåṽé ţĥé šéļéçţéð çåñðîðåţé'š šûɱɱåŕý åš ÞÐƑ ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Erase the selected candidate (asks first)</source>
            <translation>[Éŕåšé ţĥé šéļéçţéð çåñðîðåţé (åšķš ƒîŕšţ) ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubrics: versions, where they are used, which questions work</source>
            <translation>[Ŕûƀŕîçš: ṽéŕšîöñš, ŵĥéŕé ţĥéý åŕé ûšéð, ŵĥîçĥ ǫûéšţîöñš ŵöŕķ ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Validity: does the interview predict how hires do?</source>
            <translation>[Ṽåļîðîţý: ðöéš ţĥé îñţéŕṽîéŵ þŕéðîçţ ĥöŵ ĥîŕéš ðö? ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>[Ŕéƒŕéšĥ ~~~]</translation>
        </message>
        <message>
            <source>This list</source>
            <translation>[Ţĥîš ļîšţ ~~~~]</translation>
        </message>
        <message>
            <source>Quit</source>
            <translation>[Ǫûîţ ~~]</translation>
        </message>
        <message>
            <source>In an interview</source>
            <translation>[Îñ åñ îñţéŕṽîéŵ ~~~~~~]</translation>
        </message>
        <message>
            <source>Candidate arrived: start the 30-second countdown</source>
            <translation>[Çåñðîðåţé åŕŕîṽéð: šţåŕţ ţĥé 30-šéçöñð çöûñţðöŵñ ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Choose a level</source>
            <translation>[Çĥööšé å ļéṽéļ ~~~~~~]</translation>
        </message>
        <message>
            <source>Choose a level while typing a note</source>
            <translation>[Çĥööšé å ļéṽéļ ŵĥîļé ţýþîñĝ å ñöţé ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move the chosen level down or up</source>
            <translation>[Ṁöṽé ţĥé çĥöšéñ ļéṽéļ ðöŵñ öŕ ûþ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>From the notes back to the scale</source>
            <translation>[Ƒŕöɱ ţĥé ñöţéš ƀåçķ ţö ţĥé šçåļé ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Next page</source>
            <translation>[Ñéẋţ þåĝé ~~~~]</translation>
        </message>
        <message>
            <source>Previous page</source>
            <translation>[Þŕéṽîöûš þåĝé ~~~~~~]</translation>
        </message>
        <message>
            <source>Skip the question, with a reason</source>
            <translation>[Šķîþ ţĥé ǫûéšţîöñ, ŵîţĥ å ŕéåšöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrap-up and review</source>
            <translation>[Ŵŕåþ-ûþ åñð ŕéṽîéŵ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>On the wrap-up: strong no … strong yes</source>
            <translation>[Öñ ţĥé ŵŕåþ-ûþ: šţŕöñĝ ñö … šţŕöñĝ ýéš ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In the review list: go to that question</source>
            <translation>[Îñ ţĥé ŕéṽîéŵ ļîšţ: ĝö ţö ţĥåţ ǫûéšţîöñ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Submit (asks first)</source>
            <translation>[Šûƀɱîţ (åšķš ƒîŕšţ) ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Close the interview (everything is already saved)</source>
            <translation>[Çļöšé ţĥé îñţéŕṽîéŵ (éṽéŕýţĥîñĝ îš åļŕéåðý šåṽéð) ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>If the database file is gone: save everything to a new file</source>
            <translation>[Îƒ ţĥé ðåţåƀåšé ƒîļé îš ĝöñé: šåṽé éṽéŕýţĥîñĝ ţö å ñéŵ ƒîļé ~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In a PDF preview</source>
            <translation>[Îñ å ÞÐƑ þŕéṽîéŵ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Next / previous page</source>
            <translation>[Ñéẋţ / þŕéṽîöûš þåĝé ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Zoom in / out</source>
            <translation>[Žööɱ îñ / öûţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Fit the width</source>
            <translation>[Ƒîţ ţĥé ŵîðţĥ ~~~~~~]</translation>
        </message>
        <message>
            <source>Print</source>
            <translation>[Þŕîñţ ~~]</translation>
        </message>
        <message>
            <source>Save as PDF</source>
            <translation>[Šåṽé åš ÞÐƑ ~~~~~]</translation>
        </message>
        <message>
            <source>In a debrief</source>
            <translation>[Îñ å ðéƀŕîéƒ ~~~~~]</translation>
        </message>
        <message>
            <source>Record the decision</source>
            <translation>[Ŕéçöŕð ţĥé ðéçîšîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Record an outcome of the hire</source>
            <translation>[Ŕéçöŕð åñ öûţçöɱé öƒ ţĥé ĥîŕé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Preview, print, save the debrief as PDF</source>
            <translation>[Þŕéṽîéŵ, þŕîñţ, šåṽé ţĥé ðéƀŕîéƒ åš ÞÐƑ ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>In the rubric editor</source>
            <translation>[Îñ ţĥé ŕûƀŕîç éðîţöŕ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Between the parts and their fields</source>
            <translation>[Ɓéţŵééñ ţĥé þåŕţš åñð ţĥéîŕ ƒîéļðš ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add a question; add one from the bank</source>
            <translation>[Åðð å ǫûéšţîöñ; åðð öñé ƒŕöɱ ţĥé ƀåñķ ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Add a section; add a cue</source>
            <translation>[Åðð å šéçţîöñ; åðð å çûé ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Move the part up or down</source>
            <translation>[Ṁöṽé ţĥé þåŕţ ûþ öŕ ðöŵñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Remove the part</source>
            <translation>[Ŕéɱöṽé ţĥé þåŕţ ~~~~~~]</translation>
        </message>
        <message>
            <source>Undo / redo</source>
            <translation>[Ûñðö / ŕéðö ~~~~~]</translation>
        </message>
        <message>
            <source>Save as a new version</source>
            <translation>[Šåṽé åš å ñéŵ ṽéŕšîöñ ~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ShortcutsDialog</name>
        <message>
            <source>Keyboard shortcuts</source>
            <translation>[Ķéýƀöåŕð šĥöŕţçûţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>In menus, buttons and fields, Alt with the underlined letter does the same.</source>
            <translation>[Îñ ɱéñûš, ƀûţţöñš åñð ƒîéļðš, Åļţ ŵîţĥ ţĥé ûñðéŕļîñéð ļéţţéŕ ðöéš ţĥé šåɱé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SideBySide</name>
        <message>
            <source>Loading…</source>
            <translation>[Ļöåðîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>[šķîþþéð ~~~]</translation>
        </message>
        <message>
            <source>Not scored in a submitted interview</source>
            <translation>[Ñöţ šçöŕéð îñ å šûƀɱîţţéð îñţéŕṽîéŵ ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>; skipped {count}×</source>
            <translation>[; šķîþþéð {count}× ~~~~~]</translation>
        </message>
        <message>
            <source>Mean level {mean} from {levels}.
At this level the rubric says: {anchor}</source>
            <translation>[Ṁéåñ ļéṽéļ {mean} ƒŕöɱ {levels}.
Åţ ţĥîš ļéṽéļ ţĥé ŕûƀŕîç šåýš: {anchor} ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Skipped in %n interview(s).</source>
            <translation>
                <numerusform>[Šķîþþéð îñ %n îñţéŕṽîéŵ(š). ~~~~~~~~~~]</numerusform>
                <numerusform>[Šķîþþéð îñ %n îñţéŕṽîéŵ(š). ~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Mean level {mean}; each interviewer's level: {levels}. {anchor}</source>
            <translation>[Ṁéåñ ļéṽéļ {mean}; éåçĥ îñţéŕṽîéŵéŕ'š ļéṽéļ: {levels}. {anchor} ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>[Îñţéŕṽîéŵš ~~~~]</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>[Öṽéŕåļļ ~~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Fair score (80% interval)</source>
            <translation>[Ƒåîŕ šçöŕé (80% îñţéŕṽåļ) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Halo gap</source>
            <translation>[Ĥåļö ĝåþ ~~~~]</translation>
        </message>
        <message>
            <source>Disagreement</source>
            <translation>[Ðîšåĝŕééɱéñţ ~~~~~]</translation>
        </message>
        <message>
            <source>Recommendations</source>
            <translation>[Ŕéçöɱɱéñðåţîöñš ~~~~~~]</translation>
        </message>
        <message>
            <source>Submitted interviews, with drafts still in progress in brackets: 2 (1) is 2 submitted and 1 draft; drafts count in no figure</source>
            <translation>[Šûƀɱîţţéð îñţéŕṽîéŵš, ŵîţĥ ðŕåƒţš šţîļļ îñ þŕöĝŕéšš îñ ƀŕåçķéţš: 2 (1) îš 2 šûƀɱîţţéð åñð 1 ðŕåƒţ; ðŕåƒţš çöûñţ îñ ñö ƒîĝûŕé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Overall score 0-100, mean of submitted interviews</source>
            <translation>[Öṽéŕåļļ šçöŕé 0-100, ɱéåñ öƒ šûƀɱîţţéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The 30-second likeability, 0-100</source>
            <translation>[Ţĥé 30-šéçöñð ļîķéåƀîļîţý, 0-100 ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Weighted mean of the anchored answers, 0-100</source>
            <translation>[Ŵéîĝĥţéð ɱéåñ öƒ ţĥé åñçĥöŕéð åñšŵéŕš, 0-100 ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The structured score with the interviewers' leniency or severity taken out, fitted over the position's candidates, with its 80% interval; † when one interviewer only saw the candidate</source>
            <translation>[Ţĥé šţŕûçţûŕéð šçöŕé ŵîţĥ ţĥé îñţéŕṽîéŵéŕš' ļéñîéñçý öŕ šéṽéŕîţý ţåķéñ öûţ, ƒîţţéð öṽéŕ ţĥé þöšîţîöñ'š çåñðîðåţéš, ŵîţĥ îţš 80% îñţéŕṽåļ; † ŵĥéñ öñé îñţéŕṽîéŵéŕ öñļý šåŵ ţĥé çåñðîðåţé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>First impression minus structured score, averaged over the interviews with both; ⚠ at a level (25 points) or more</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ɱîñûš šţŕûçţûŕéð šçöŕé, åṽéŕåĝéð öṽéŕ ţĥé îñţéŕṽîéŵš ŵîţĥ ƀöţĥ; ⚠ åţ å ļéṽéļ (25 þöîñţš) öŕ ɱöŕé ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Largest gap between two interviewers' structured scores, in points</source>
            <translation>[Ļåŕĝéšţ ĝåþ ƀéţŵééñ ţŵö îñţéŕṽîéŵéŕš' šţŕûçţûŕéð šçöŕéš, îñ þöîñţš ~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>How many submitted interviews recommended {order}: 0 / 1 / 2 / 0 is one no and two yes</source>
            <translation>[Ĥöŵ ɱåñý šûƀɱîţţéð îñţéŕṽîéŵš ŕéçöɱɱéñðéð {order}: 0 / 1 / 2 / 0 îš öñé ñö åñð ţŵö ýéš ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>({interval})</source>
            <translation>[({interval}) ~]</translation>
        </message>
        <message>
            <source>{points} points, halo flag</source>
            <translation>[{points} þöîñţš, ĥåļö ƒļåĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Side by side</source>
            <translation>[Šîðé ƀý šîðé ~~~~~]</translation>
        </message>
        <message>
            <source>How to read the comparison</source>
            <translation>[Ĥöŵ ţö ŕéåð ţĥé çöɱþåŕîšöñ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Candidates question by question</source>
            <translation>[Çåñðîðåţéš ǫûéšţîöñ ƀý ǫûéšţîöñ ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>One column per candidate: the headline figures, then each question's mean level, each interviewer's level and the rubric's words for it</source>
            <translation>[Öñé çöļûɱñ þéŕ çåñðîðåţé: ţĥé ĥéåðļîñé ƒîĝûŕéš, ţĥéñ éåçĥ ǫûéšţîöñ'š ɱéåñ ļéṽéļ, éåçĥ îñţéŕṽîéŵéŕ'š ļéṽéļ åñð ţĥé ŕûƀŕîç'š ŵöŕðš ƒöŕ îţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Charts per section</source>
            <translation>[Çĥåŕţš þéŕ šéçţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Side by side: {names}</source>
            <translation>[Šîðé ƀý šîðé: {names} ~~~~~~]</translation>
        </message>
        <message>
            <source>Each cell: the mean level over submitted interviews, each interviewer's level in brackets, and what the rubric describes at that level. Hover for details.</source>
            <translation>[Éåçĥ çéļļ: ţĥé ɱéåñ ļéṽéļ öṽéŕ šûƀɱîţţéð îñţéŕṽîéŵš, éåçĥ îñţéŕṽîéŵéŕ'š ļéṽéļ îñ ƀŕåçķéţš, åñð ŵĥåţ ţĥé ŕûƀŕîç ðéšçŕîƀéš åţ ţĥåţ ļéṽéļ. Ĥöṽéŕ ƒöŕ ðéţåîļš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Scores of {names} are {withheld} your own interview: colleagues' scores stay hidden until then, and the charts leave them out.</source>
            <translation>[Šçöŕéš öƒ {names} åŕé {withheld} ýöûŕ öŵñ îñţéŕṽîéŵ: çöļļéåĝûéš' šçöŕéš šţåý ĥîððéñ ûñţîļ ţĥéñ, åñð ţĥé çĥåŕţš ļéåṽé ţĥéɱ öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{section}: mean level per question</source>
            <translation>[{section}: ɱéåñ ļéṽéļ þéŕ ǫûéšţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Level (1-5)</source>
            <translation>[Ļéṽéļ (1-5) ~~~~~]</translation>
        </message>
        <message>
            <source>Bars per question, one per candidate, each candidate with its own pattern; the table above holds the same levels as text</source>
            <translation>[Ɓåŕš þéŕ ǫûéšţîöñ, öñé þéŕ çåñðîðåţé, éåçĥ çåñðîðåţé ŵîţĥ îţš öŵñ þåţţéŕñ; ţĥé ţåƀļé åƀöṽé ĥöļðš ţĥé šåɱé ļéṽéļš åš ţéẋţ ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The comparison could not be loaded: {reason}</source>
            <translation>[Ţĥé çöɱþåŕîšöñ çöûļð ñöţ ƀé ļöåðéð: {reason} ~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The candidates cannot be compared side by side.</source>
            <translation>[Ţĥé çåñðîðåţéš çåññöţ ƀé çöɱþåŕéð šîðé ƀý šîðé. ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>The comparison could not be loaded.</source>
            <translation>[Ţĥé çöɱþåŕîšöñ çöûļð ñöţ ƀé ļöåðéð. ~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SkipDialog</name>
        <message>
            <source>Say why it is skipped: the reason goes into the summary beside the question.</source>
            <translation>[Šåý ŵĥý îţ îš šķîþþéð: ţĥé ŕéåšöñ ĝöéš îñţö ţĥé šûɱɱåŕý ƀéšîðé ţĥé ǫûéšţîöñ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Skip question</source>
            <translation>[Šķîþ ǫûéšţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Why is “{question}” skipped?</source>
            <translation>[Ŵĥý îš “{question}” šķîþþéð? ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Reason for skipping</source>
            <translation>[Ŕéåšöñ ƒöŕ šķîþþîñĝ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>For example: the candidate has no work experience yet</source>
            <translation>[Ƒöŕ éẋåɱþļé: ţĥé çåñðîðåţé ĥåš ñö ŵöŕķ éẋþéŕîéñçé ýéţ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>S&amp;kip question</source>
            <translation>[Š&amp;kîþ ǫûéšţîöñ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>SummaryPdf</name>
        <message>
            <source>Candidate summary: {name}</source>
            <translation>[Çåñðîðåţé šûɱɱåŕý: {name} ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured interview summary for the position {position}</source>
            <translation>[Šţŕûçţûŕéð îñţéŕṽîéŵ šûɱɱåŕý ƒöŕ ţĥé þöšîţîöñ {position} ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{first} to {last}</source>
            <translation>[{first} ţö {last} ~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Contact</source>
            <translation>[Çöñţåçţ ~~~]</translation>
        </message>
        <message>
            <source>Interviewed</source>
            <translation>[Îñţéŕṽîéŵéð ~~~~~]</translation>
        </message>
        <message>
            <source>Interviewers</source>
            <translation>[Îñţéŕṽîéŵéŕš ~~~~~]</translation>
        </message>
        <message>
            <source>Rubric</source>
            <translation>[Ŕûƀŕîç ~~~]</translation>
        </message>
        <message>
            <source>Printed</source>
            <translation>[Þŕîñţéð ~~~]</translation>
        </message>
        <message>
            <source>Candidate summary · structured interviews</source>
            <translation>[Çåñðîðåţé šûɱɱåŕý · šţŕûçţûŕéð îñţéŕṽîéŵš ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Overall (0-100)</source>
            <translation>[Öṽéŕåļļ (0-100) ~~~~~~]</translation>
        </message>
        <message>
            <source>First impression, 30 s</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ, 30 š ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured questions</source>
            <translation>[Šţŕûçţûŕéð ǫûéšţîöñš ~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>Means over %n submitted interviews.</source>
            <translation>
                <numerusform>[Ṁéåñš öṽéŕ %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[Ṁéåñš öṽéŕ %n šûƀɱîţţéð îñţéŕṽîéŵš. ~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Halo gap &lt;b&gt;{gap}&lt;/b&gt; (first impression minus structured, over interviews with both) · Disagreement &lt;b&gt;{spread}&lt;/b&gt; (points between interviewers). Recommendations: {tally}</source>
            <translation>[Ĥåļö ĝåþ &lt;b&gt;{gap}&lt;/b&gt; (ƒîŕšţ îɱþŕéššîöñ ɱîñûš šţŕûçţûŕéð, öṽéŕ îñţéŕṽîéŵš ŵîţĥ ƀöţĥ) · Ðîšåĝŕééɱéñţ &lt;b&gt;{spread}&lt;/b&gt; (þöîñţš ƀéţŵééñ îñţéŕṽîéŵéŕš). Ŕéçöɱɱéñðåţîöñš: {tally} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Note:&lt;/b&gt; {note}</source>
            <translation>[&lt;b&gt;Ñöţé:&lt;/b&gt; {note} ~~~]</translation>
        </message>
        <message numerus="yes">
            <source>&lt;b&gt;Not included:&lt;/b&gt; %n draft interviews still in progress ({names}). Drafts are left out of every figure in this summary.</source>
            <translation>
                <numerusform>[&lt;b&gt;Ñöţ îñçļûðéð:&lt;/b&gt; %n ðŕåƒţ îñţéŕṽîéŵš šţîļļ îñ þŕöĝŕéšš ({names}). Ðŕåƒţš åŕé ļéƒţ öûţ öƒ éṽéŕý ƒîĝûŕé îñ ţĥîš šûɱɱåŕý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[&lt;b&gt;Ñöţ îñçļûðéð:&lt;/b&gt; %n ðŕåƒţ îñţéŕṽîéŵš šţîļļ îñ þŕöĝŕéšš ({names}). Ðŕåƒţš åŕé ļéƒţ öûţ öƒ éṽéŕý ƒîĝûŕé îñ ţĥîš šûɱɱåŕý. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>Fair score &lt;b&gt;{fair}&lt;/b&gt; beside the structured {structured}: the interviewers' leniency or severity taken out, fitted over this position's candidates (80% interval in brackets).</source>
            <translation>[Ƒåîŕ šçöŕé &lt;b&gt;{fair}&lt;/b&gt; ƀéšîðé ţĥé šţŕûçţûŕéð {structured}: ţĥé îñţéŕṽîéŵéŕš' ļéñîéñçý öŕ šéṽéŕîţý ţåķéñ öûţ, ƒîţţéð öṽéŕ ţĥîš þöšîţîöñ'š çåñðîðåţéš (80% îñţéŕṽåļ îñ ƀŕåçķéţš). ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{mark} Seen by one interviewer only: the interval is wider.</source>
            <translation>[{mark} Šééñ ƀý öñé îñţéŕṽîéŵéŕ öñļý: ţĥé îñţéŕṽåļ îš ŵîðéŕ. ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision:&lt;/b&gt; none recorded yet.</source>
            <translation>[&lt;b&gt;Ðéçîšîöñ:&lt;/b&gt; ñöñé ŕéçöŕðéð ýéţ. ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Decision: {decision}&lt;/b&gt; · decided by {who} on {when} UTC, {after}</source>
            <translation>[&lt;b&gt;Ðéçîšîöñ: {decision}&lt;/b&gt; · ðéçîðéð ƀý {who} öñ {when} ÛŢÇ, {after} ~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;Rationale:&lt;/b&gt; {rationale}</source>
            <translation>[&lt;b&gt;Ŕåţîöñåļé:&lt;/b&gt; {rationale} ~~~~~]</translation>
        </message>
        <message>
            <source>Interviewer</source>
            <translation>[Îñţéŕṽîéŵéŕ ~~~~~]</translation>
        </message>
        <message>
            <source>Submitted</source>
            <translation>[Šûƀɱîţţéð ~~~~]</translation>
        </message>
        <message>
            <source>Overall</source>
            <translation>[Öṽéŕåļļ ~~~]</translation>
        </message>
        <message>
            <source>First impr.</source>
            <translation>[Ƒîŕšţ îɱþŕ. ~~~~~]</translation>
        </message>
        <message>
            <source>Structured</source>
            <translation>[Šţŕûçţûŕéð ~~~~]</translation>
        </message>
        <message>
            <source>Skips</source>
            <translation>[Šķîþš ~~]</translation>
        </message>
        <message>
            <source>Recommendation</source>
            <translation>[Ŕéçöɱɱéñðåţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Interviews</source>
            <translation>[Îñţéŕṽîéŵš ~~~~]</translation>
        </message>
        <message>
            <source>Levels 1-5 against the rubric's described behaviours; {dash} skipped or not scored. The last column is the behaviour described at the mean level, rounded.</source>
            <translation>[Ļéṽéļš 1-5 åĝåîñšţ ţĥé ŕûƀŕîç'š ðéšçŕîƀéð ƀéĥåṽîöûŕš; {dash} šķîþþéð öŕ ñöţ šçöŕéð. Ţĥé ļåšţ çöļûɱñ îš ţĥé ƀéĥåṽîöûŕ ðéšçŕîƀéð åţ ţĥé ɱéåñ ļéṽéļ, ŕöûñðéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Question</source>
            <translation>[Ǫûéšţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Mean</source>
            <translation>[Ṁéåñ ~~]</translation>
        </message>
        <message>
            <source>What the mean level looks like</source>
            <translation>[Ŵĥåţ ţĥé ɱéåñ ļéṽéļ ļööķš ļîķé ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>{section}: level given by each interviewer (1-5)</source>
            <translation>[{section}: ļéṽéļ ĝîṽéñ ƀý éåçĥ îñţéŕṽîéŵéŕ (1-5) ~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Notes, strengths and concerns</source>
            <translation>[Ñöţéš, šţŕéñĝţĥš åñð çöñçéŕñš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>none given</source>
            <translation>[ñöñé ĝîṽéñ ~~~~]</translation>
        </message>
        <message>
            <source>Interviewed {started}, submitted {submitted} · Recommendation: &lt;b&gt;{verdict}&lt;/b&gt; · Overall {overall}, first impression {impression}, structured {structured}</source>
            <translation>[Îñţéŕṽîéŵéð {started}, šûƀɱîţţéð {submitted} · Ŕéçöɱɱéñðåţîöñ: &lt;b&gt;{verdict}&lt;/b&gt; · Öṽéŕåļļ {overall}, ƒîŕšţ îɱþŕéššîöñ {impression}, šţŕûçţûŕéð {structured} ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;{question}&lt;/b&gt; · skipped: {reason}</source>
            <translation>[&lt;b&gt;{question}&lt;/b&gt; · šķîþþéð: {reason} ~~~~~]</translation>
        </message>
        <message>
            <source>No notes on the questions.</source>
            <translation>[Ñö ñöţéš öñ ţĥé ǫûéšţîöñš. ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>[Šţŕéñĝţĥš ~~~~]</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>[Çöñçéŕñš ~~~~]</translation>
        </message>
        <message>
            <source>&lt;i&gt;none noted&lt;/i&gt;</source>
            <translation>[&lt;i&gt;ñöñé ñöţéð&lt;/i&gt; ~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;First impression:&lt;/b&gt; not recorded.</source>
            <translation>[&lt;b&gt;Ƒîŕšţ îɱþŕéššîöñ:&lt;/b&gt; ñöţ ŕéçöŕðéð. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>, recorded {seconds} s after arrival</source>
            <translation>[, ŕéçöŕðéð {seconds} š åƒţéŕ åŕŕîṽåļ ~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>none ticked</source>
            <translation>[ñöñé ţîçķéð ~~~~~]</translation>
        </message>
        <message>
            <source>&lt;b&gt;First impression:&lt;/b&gt; level {level} of 5{when}. Cues seen: {cues}.</source>
            <translation>[&lt;b&gt;Ƒîŕšţ îɱþŕéššîöñ:&lt;/b&gt; ļéṽéļ {level} öƒ 5{when}. Çûéš šééñ: {cues}. ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>ValidityWindow</name>
        <message>
            <source>Validity · hireapp</source>
            <translation>[Ṽåļîðîţý · ĥîŕéåþþ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Position</source>
            <translation>[Þöšîţîöñ ~~~~]</translation>
        </message>
        <message>
            <source>Every position</source>
            <translation>[Éṽéŕý þöšîţîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>Review point</source>
            <translation>[Ŕéṽîéŵ þöîñţ ~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>%n days after the hire</source>
            <translation>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ĥîŕé ~~~~~~~~]</numerusform>
                <numerusform>[%n ðåýš åƒţéŕ ţĥé ĥîŕé ~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>&amp;Position:</source>
            <translation>[&amp;Pöšîţîöñ: ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Review point:</source>
            <translation>[&amp;Réṽîéŵ þöîñţ: ~~~~~~]</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>[Çöûñţîñĝ… ~~~~]</translation>
        </message>
        <message>
            <source>The answer</source>
            <translation>[Ţĥé åñšŵéŕ ~~~~]</translation>
        </message>
        <message>
            <source>Hires counted</source>
            <translation>[Ĥîŕéš çöûñţéð ~~~~~~]</translation>
        </message>
        <message>
            <source>Correlations of interview figures with outcomes</source>
            <translation>[Çöŕŕéļåţîöñš öƒ îñţéŕṽîéŵ ƒîĝûŕéš ŵîţĥ öûţçöɱéš ~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What the structured score adds</source>
            <translation>[Ŵĥåţ ţĥé šţŕûçţûŕéð šçöŕé åððš ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Each cell: the correlation r (-1 to 1) of the row's interview figure with the column's outcome; {mark} its 95% interval excludes 0. The interval and n are in the cell's tooltip.</source>
            <translation>[Éåçĥ çéļļ: ţĥé çöŕŕéļåţîöñ ŕ (-1 ţö 1) öƒ ţĥé ŕöŵ'š îñţéŕṽîéŵ ƒîĝûŕé ŵîţĥ ţĥé çöļûɱñ'š öûţçöɱé; {mark} îţš 95% îñţéŕṽåļ éẋçļûðéš 0. Ţĥé îñţéŕṽåļ åñð ñ åŕé îñ ţĥé çéļļ'š ţööļţîþ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>About range restriction</source>
            <translation>[Åƀöûţ ŕåñĝé ŕéšţŕîçţîöñ ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Correlations</source>
            <translation>[&amp;Cöŕŕéļåţîöñš ~~~~~]</translation>
        </message>
        <message>
            <source>What the structured score &amp;adds to the first impression</source>
            <translation>[Ŵĥåţ ţĥé šţŕûçţûŕéð šçöŕé &amp;aððš ţö ţĥé ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Validity</source>
            <translation>[&amp;Våļîðîţý ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>[&amp;Réƒŕéšĥ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <source>Positions</source>
            <translation>[Þöšîţîöñš ~~~~]</translation>
        </message>
        <message>
            <source>Validity</source>
            <translation>[Ṽåļîðîţý ~~~~]</translation>
        </message>
        <message>
            <source>Did liking in the first 30 seconds predict how customers rated this person?</source>
            <translation>[Ðîð ļîķîñĝ îñ ţĥé ƒîŕšţ 30 šéçöñðš þŕéðîçţ ĥöŵ çûšţöɱéŕš ŕåţéð ţĥîš þéŕšöñ? ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message numerus="yes">
            <source>{where}, outcomes %n days after the hire:</source>
            <translation>
                <numerusform>[{where}, öûţçöɱéš %n ðåýš åƒţéŕ ţĥé ĥîŕé: ~~~~~~~~~~~~~]</numerusform>
                <numerusform>[{where}, öûţçöɱéš %n ðåýš åƒţéŕ ţĥé ĥîŕé: ~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message numerus="yes">
            <source>%n hires with an outcome; n in each figure counts the hires with both of its values.</source>
            <translation>
                <numerusform>[%n ĥîŕéš ŵîţĥ åñ öûţçöɱé; ñ îñ éåçĥ ƒîĝûŕé çöûñţš ţĥé ĥîŕéš ŵîţĥ ƀöţĥ öƒ îţš ṽåļûéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n ĥîŕéš ŵîţĥ åñ öûţçöɱé; ñ îñ éåçĥ ƒîĝûŕé çöûñţš ţĥé ĥîŕéš ŵîţĥ ƀöţĥ öƒ îţš ṽåļûéš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</numerusform>
            </translation>
        </message>
        <message>
            <source>{where}: {n} of {minimum} hires with an outcome so far. The figures are shown from {minimum} on; before that they swing too widely to read.</source>
            <translation>[{where}: {n} öƒ {minimum} ĥîŕéš ŵîţĥ åñ öûţçöɱé šö ƒåŕ. Ţĥé ƒîĝûŕéš åŕé šĥöŵñ ƒŕöɱ {minimum} öñ; ƀéƒöŕé ţĥåţ ţĥéý šŵîñĝ ţöö ŵîðéļý ţö ŕéåð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Only people who were hired have outcomes. Those turned down were mostly the ones who scored low, so the hires' scores cover a narrower range than all applicants' did, and a correlation computed among hires understates the one among everyone interviewed: the figures here are, if anything, too low. A weak correlation can hide an interview that does separate good applicants from poor ones; it cannot show what the people not hired would have done.</source>
            <translation>[Öñļý þéöþļé ŵĥö ŵéŕé ĥîŕéð ĥåṽé öûţçöɱéš. Ţĥöšé ţûŕñéð ðöŵñ ŵéŕé ɱöšţļý ţĥé öñéš ŵĥö šçöŕéð ļöŵ, šö ţĥé ĥîŕéš' šçöŕéš çöṽéŕ å ñåŕŕöŵéŕ ŕåñĝé ţĥåñ åļļ åþþļîçåñţš' ðîð, åñð å çöŕŕéļåţîöñ çöɱþûţéð åɱöñĝ ĥîŕéš ûñðéŕšţåţéš ţĥé öñé åɱöñĝ éṽéŕýöñé îñţéŕṽîéŵéð: ţĥé ƒîĝûŕéš ĥéŕé åŕé, îƒ åñýţĥîñĝ, ţöö ļöŵ. Å ŵéåķ çöŕŕéļåţîöñ çåñ ĥîðé åñ îñţéŕṽîéŵ ţĥåţ ðöéš šéþåŕåţé ĝööð åþþļîçåñţš ƒŕöɱ þööŕ öñéš; îţ çåññöţ šĥöŵ ŵĥåţ ţĥé þéöþļé ñöţ ĥîŕéð ŵöûļð ĥåṽé ðöñé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not known: no customer rating has been recorded for any hire.</source>
            <translation>[Ñöţ ķñöŵñ: ñö çûšţöɱéŕ ŕåţîñĝ ĥåš ƀééñ ŕéçöŕðéð ƒöŕ åñý ĥîŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not known yet: {n} of the {minimum} hires it needs have a customer rating.</source>
            <translation>[Ñöţ ķñöŵñ ýéţ: {n} öƒ ţĥé {minimum} ĥîŕéš îţ ñééðš ĥåṽé å çûšţöɱéŕ ŕåţîñĝ. ~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Cannot tell: a value does not vary (n = {n}).</source>
            <translation>[Çåññöţ ţéļļ: å ṽåļûé ðöéš ñöţ ṽåŕý (ñ = {n}). ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>very weakly</source>
            <translation>[ṽéŕý ŵéåķļý ~~~~~]</translation>
        </message>
        <message>
            <source>weakly</source>
            <translation>[ŵéåķļý ~~~]</translation>
        </message>
        <message>
            <source>moderately</source>
            <translation>[ɱöðéŕåţéļý ~~~~]</translation>
        </message>
        <message>
            <source>strongly</source>
            <translation>[šţŕöñĝļý ~~~~]</translation>
        </message>
        <message>
            <source>Not clearly: {figure}.</source>
            <translation>[Ñöţ çļéåŕļý: {figure}. ~~~~~~]</translation>
        </message>
        <message>
            <source>Yes, {strength}: {figure}.</source>
            <translation>[Ýéš, {strength}: {figure}. ~~~~]</translation>
        </message>
        <message>
            <source>No, the opposite, {strength}: {figure}.</source>
            <translation>[Ñö, ţĥé öþþöšîţé, {strength}: {figure}. ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Manager's mean rating</source>
            <translation>[Ṁåñåĝéŕ'š ɱéåñ ŕåţîñĝ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Still employed</source>
            <translation>[Šţîļļ éɱþļöýéð ~~~~~~]</translation>
        </message>
        <message>
            <source>Manager: {question}</source>
            <translation>[Ṁåñåĝéŕ: {question} ~~~~]</translation>
        </message>
        <message>
            <source>First impression</source>
            <translation>[Ƒîŕšţ îɱþŕéššîöñ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Structured score</source>
            <translation>[Šţŕûçţûŕéð šçöŕé ~~~~~~~]</translation>
        </message>
        <message>
            <source>Not shown: n = {n}</source>
            <translation>[Ñöţ šĥöŵñ: ñ = {n} ~~~~~~]</translation>
        </message>
        <message>
            <source>n = {n}</source>
            <translation>[ñ = {n} ~~]</translation>
        </message>
        <message>
            <source>r = {r}, 95% interval {low} to {high}, n = {n}</source>
            <translation>[ŕ = {r}, 95% îñţéŕṽåļ {low} ţö {high}, ñ = {n} ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Outcome</source>
            <translation>[Öûţçöɱé ~~~]</translation>
        </message>
        <message>
            <source>R² impression</source>
            <translation>[Ŕ² îɱþŕéššîöñ ~~~~~~]</translation>
        </message>
        <message>
            <source>R² both</source>
            <translation>[Ŕ² ƀöţĥ ~~~]</translation>
        </message>
        <message>
            <source>ΔR²</source>
            <translation>[ΔŔ² ~~]</translation>
        </message>
        <message>
            <source>Partial r</source>
            <translation>[Þåŕţîåļ ŕ ~~~~]</translation>
        </message>
        <message>
            <source>n</source>
            <translation>[ñ ~]</translation>
        </message>
        <message>
            <source>R² of the outcome on the first impression</source>
            <translation>[Ŕ² öƒ ţĥé öûţçöɱé öñ ţĥé ƒîŕšţ îɱþŕéššîöñ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>R² on the first impression and the structured score</source>
            <translation>[Ŕ² öñ ţĥé ƒîŕšţ îɱþŕéššîöñ åñð ţĥé šţŕûçţûŕéð šçöŕé ~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>What adding the structured score adds to R²</source>
            <translation>[Ŵĥåţ åððîñĝ ţĥé šţŕûçţûŕéð šçöŕé åððš ţö Ŕ² ~~~~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>WrapUpPage</name>
        <message>
            <source>Wrap-up</source>
            <translation>[Ŵŕåþ-ûþ ~~~]</translation>
        </message>
        <message>
            <source>Asked only now, after every question, so a verdict cannot lead the ratings.</source>
            <translation>[Åšķéð öñļý ñöŵ, åƒţéŕ éṽéŕý ǫûéšţîöñ, šö å ṽéŕðîçţ çåññöţ ļéåð ţĥé ŕåţîñĝš. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Recommendation:</source>
            <translation>[Ŕéçöɱɱéñðåţîöñ: ~~~~~~]</translation>
        </message>
        <message>
            <source>Recommendation: {value}</source>
            <translation>[Ŕéçöɱɱéñðåţîöñ: {value} ~~~~~~~]</translation>
        </message>
        <message>
            <source>Strengths</source>
            <translation>[Šţŕéñĝţĥš ~~~~]</translation>
        </message>
        <message>
            <source>Concerns</source>
            <translation>[Çöñçéŕñš ~~~~]</translation>
        </message>
        <message>
            <source>S&amp;trengths:</source>
            <translation>[Š&amp;tŕéñĝţĥš: ~~~~]</translation>
        </message>
        <message>
            <source>Co&amp;ncerns:</source>
            <translation>[Çö&amp;nçéŕñš: ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Review (Enter opens a question):</source>
            <translation>[&amp;Réṽîéŵ (Éñţéŕ öþéñš å ǫûéšţîöñ): ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Review of every answer</source>
            <translation>[Ŕéṽîéŵ öƒ éṽéŕý åñšŵéŕ ~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Why the interview cannot be submitted yet</source>
            <translation>[Ŵĥý ţĥé îñţéŕṽîéŵ çåññöţ ƀé šûƀɱîţţéð ýéţ ~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Submit interview… (Ctrl+Return)</source>
            <translation>[&amp;Sûƀɱîţ îñţéŕṽîéŵ… (Çţŕļ+Ŕéţûŕñ) ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Submit the interview</source>
            <translation>[Šûƀɱîţ ţĥé îñţéŕṽîéŵ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Wrap-up page</source>
            <translation>[Ŵŕåþ-ûþ þåĝé ~~~~~]</translation>
        </message>
        <message>
            <source>the recommendation</source>
            <translation>[ţĥé ŕéçöɱɱéñðåţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Not submitted yet: still open: {missing}.</source>
            <translation>[Ñöţ šûƀɱîţţéð ýéţ: šţîļļ öþéñ: {missing}. ~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Answer or skip every question first: {questions}</source>
            <translation>[Åñšŵéŕ öŕ šķîþ éṽéŕý ǫûéšţîöñ ƒîŕšţ: {questions} ~~~~~~~~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QPlatformTheme</name>
        <message>
            <source>OK</source>
            <translation>[ÖĶ ~]</translation>
        </message>
        <message>
            <source>Save</source>
            <translation>[Šåṽé ~~]</translation>
        </message>
        <message>
            <source>Save All</source>
            <translation>[Šåṽé Åļļ ~~~~]</translation>
        </message>
        <message>
            <source>Open</source>
            <translation>[Öþéñ ~~]</translation>
        </message>
        <message>
            <source>&amp;Yes</source>
            <translation>[&amp;Yéš ~~]</translation>
        </message>
        <message>
            <source>Yes to &amp;All</source>
            <translation>[Ýéš ţö &amp;Aļļ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;No</source>
            <translation>[&amp;Nö ~]</translation>
        </message>
        <message>
            <source>N&amp;o to All</source>
            <translation>[Ñ&amp;o ţö Åļļ ~~~~]</translation>
        </message>
        <message>
            <source>Abort</source>
            <translation>[Åƀöŕţ ~~]</translation>
        </message>
        <message>
            <source>Retry</source>
            <translation>[Ŕéţŕý ~~]</translation>
        </message>
        <message>
            <source>Ignore</source>
            <translation>[Îĝñöŕé ~~~]</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>[Çļöšé ~~]</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>[Çåñçéļ ~~~]</translation>
        </message>
        <message>
            <source>Discard</source>
            <translation>[Ðîšçåŕð ~~~]</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>[Ĥéļþ ~~]</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>[Åþþļý ~~]</translation>
        </message>
        <message>
            <source>Reset</source>
            <translation>[Ŕéšéţ ~~]</translation>
        </message>
        <message>
            <source>Restore Defaults</source>
            <translation>[Ŕéšţöŕé Ðéƒåûļţš ~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QGnomeTheme</name>
        <message>
            <source>&amp;OK</source>
            <translation>[&amp;OĶ ~]</translation>
        </message>
        <message>
            <source>&amp;Save</source>
            <translation>[&amp;Såṽé ~~]</translation>
        </message>
        <message>
            <source>&amp;Cancel</source>
            <translation>[&amp;Cåñçéļ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Close</source>
            <translation>[&amp;Cļöšé ~~]</translation>
        </message>
        <message>
            <source>Close without Saving</source>
            <translation>[Çļöšé ŵîţĥöûţ Šåṽîñĝ ~~~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QMessageBox</name>
        <message>
            <source>Show Details...</source>
            <translation>[Šĥöŵ Ðéţåîļš... ~~~~~~]</translation>
        </message>
        <message>
            <source>Hide Details...</source>
            <translation>[Ĥîðé Ðéţåîļš... ~~~~~~]</translation>
        </message>
        <message>
            <source>OK</source>
            <translation>[ÖĶ ~]</translation>
        </message>
        <message>
            <source>Help</source>
            <translation>[Ĥéļþ ~~]</translation>
        </message>
    </context>
    <context>
        <name>QDialogButtonBox</name>
        <message>
            <source>OK</source>
            <translation>[ÖĶ ~]</translation>
        </message>
    </context>
    <context>
        <name>QLineEdit</name>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö ~~]</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>[Çû&amp;t ~~]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöþý ~~]</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>[&amp;Påšţé ~~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé ~~~]</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>[Šéļéçţ Åļļ ~~~~]</translation>
        </message>
    </context>
    <context>
        <name>QWidgetTextControl</name>
        <message>
            <source>&amp;Undo</source>
            <translation>[&amp;Uñðö ~~]</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>[&amp;Réðö ~~]</translation>
        </message>
        <message>
            <source>Cu&amp;t</source>
            <translation>[Çû&amp;t ~~]</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>[&amp;Cöþý ~~]</translation>
        </message>
        <message>
            <source>&amp;Paste</source>
            <translation>[&amp;Påšţé ~~]</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>[Ðéļéţé ~~~]</translation>
        </message>
        <message>
            <source>Select All</source>
            <translation>[Šéļéçţ Åļļ ~~~~]</translation>
        </message>
        <message>
            <source>Copy &amp;Link Location</source>
            <translation>[Çöþý &amp;Lîñķ Ļöçåţîöñ ~~~~~~~~]</translation>
        </message>
    </context>
</TS>

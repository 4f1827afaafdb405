<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
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
        <message>
            <source>%n submitted interview(s).</source>
            <translation>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š). ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%n submitted interview(s)</source>
            <translation>[%n šûƀɱîţţéð îñţéŕṽîéŵ(š) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>%1 and %n draft(s) still in progress (the number in brackets); drafts count in no figure until they are submitted.</source>
            <translation>[%1 åñð %n ðŕåƒţ(š) šţîļļ îñ þŕöĝŕéšš (ţĥé ñûɱƀéŕ îñ ƀŕåçķéţš); ðŕåƒţš çöûñţ îñ ñö ƒîĝûŕé ûñţîļ ţĥéý åŕé šûƀɱîţţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where an interviewer recorded both, the first impression matched the structured score.</source>
            <translation>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ɱåţçĥéð ţĥé šţŕûçţûŕéð šçöŕé. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) (%1 levels) above the structured score: the candidate came across better in the first 30 seconds than their answers bear out.</source>
            <translation>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) (%1 ļéṽéļš) åƀöṽé ţĥé šţŕûçţûŕéð šçöŕé: ţĥé çåñðîðåţé çåɱé åçŕöšš ƀéţţéŕ îñ ţĥé ƒîŕšţ 30 šéçöñðš ţĥåñ ţĥéîŕ åñšŵéŕš ƀéåŕ öûţ. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Where an interviewer recorded both, the first impression was on average %n point(s) (%1 levels) below the structured score: the answers were stronger than the first 30 seconds suggested.</source>
            <translation>[Ŵĥéŕé åñ îñţéŕṽîéŵéŕ ŕéçöŕðéð ƀöţĥ, ţĥé ƒîŕšţ îɱþŕéššîöñ ŵåš öñ åṽéŕåĝé %n þöîñţ(š) (%1 ļéṽéļš) ƀéļöŵ ţĥé šţŕûçţûŕéð šçöŕé: ţĥé åñšŵéŕš ŵéŕé šţŕöñĝéŕ ţĥåñ ţĥé ƒîŕšţ 30 šéçöñðš šûĝĝéšţéð. ~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~~]</translation>
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
        <name>MainWindow</name>
        <message>
            <source>hireapp</source>
            <translation>[ĥîŕéåþþ ~~~]</translation>
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
            <source>Ctrl+N</source>
            <translation>[Çţŕļ+Ñ ~~~]</translation>
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
            <source>Ctrl+R</source>
            <translation>[Çţŕļ+Ŕ ~~~]</translation>
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
            <source>Ctrl+Shift+N</source>
            <translation>[Çţŕļ+Šĥîƒţ+Ñ ~~~~~]</translation>
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
            <source>Import candidates from &amp;CSV…</source>
            <translation>[Îɱþöŕţ çåñðîðåţéš ƒŕöɱ &amp;CŠṼ… ~~~~~~~~~~~]</translation>
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
            <source>Ctrl+Shift+P</source>
            <translation>[Çţŕļ+Šĥîƒţ+Þ ~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Print summary…</source>
            <translation>[&amp;Pŕîñţ šûɱɱåŕý… ~~~~~~]</translation>
        </message>
        <message>
            <source>Ctrl+P</source>
            <translation>[Çţŕļ+Þ ~~~]</translation>
        </message>
        <message>
            <source>&amp;Save summary as PDF…</source>
            <translation>[&amp;Såṽé šûɱɱåŕý åš ÞÐƑ… ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Ctrl+S</source>
            <translation>[Çţŕļ+Š ~~~]</translation>
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
            <source>Shift+Del</source>
            <translation>[Šĥîƒţ+Ðéļ ~~~~]</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>[&amp;Qûîţ ~~]</translation>
        </message>
        <message>
            <source>Ctrl+Q</source>
            <translation>[Çţŕļ+Ǫ ~~~]</translation>
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
            <source>F5</source>
            <translation>[Ƒ5 ~]</translation>
        </message>
        <message>
            <source>&amp;Keyboard shortcuts</source>
            <translation>[&amp;Kéýƀöåŕð šĥöŕţçûţš ~~~~~~~~]</translation>
        </message>
        <message>
            <source>F1</source>
            <translation>[Ƒ1 ~]</translation>
        </message>
        <message>
            <source>&amp;About hireapp</source>
            <translation>[&amp;Aƀöûţ ĥîŕéåþþ ~~~~~~]</translation>
        </message>
    </context>
    <context>
        <name>NewInterviewDialog</name>
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
        <name>RubricEditor</name>
        <message>
            <source>Parts of the rubric</source>
            <translation>[Þåŕţš öƒ ţĥé ŕûƀŕîç ~~~~~~~~]</translation>
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
            <source>&amp;Remove this part</source>
            <translation>[&amp;Réɱöṽé ţĥîš þåŕţ ~~~~~~~]</translation>
        </message>
        <message>
            <source>Move &amp;up</source>
            <translation>[Ṁöṽé &amp;uþ ~~~]</translation>
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
            <source>Rubric: {title} · hireapp</source>
            <translation>[Ŕûƀŕîç: {title} · ĥîŕéåþþ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>Rubric: {title} (changed) · hireapp</source>
            <translation>[Ŕûƀŕîç: {title} (çĥåñĝéð) · ĥîŕéåþþ ~~~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Remove the question</source>
            <translation>[&amp;Réɱöṽé ţĥé ǫûéšţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Remove the section</source>
            <translation>[&amp;Réɱöṽé ţĥé šéçţîöñ ~~~~~~~~]</translation>
        </message>
        <message>
            <source>&amp;Remove the cue</source>
            <translation>[&amp;Réɱöṽé ţĥé çûé ~~~~~~]</translation>
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
            <source>P&amp;robes (one a line)</source>
            <translation>[Þ&amp;röƀéš (öñé å ļîñé) ~~~~~~~~]</translation>
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
            <translation>[Ļéṽéļ &amp;{ļéṽéļ} (ŕéǫûîŕéð) ~~~~~~~~~~]</translation>
        </message>
        <message>
            <source>Level &amp;{level}</source>
            <translation>[Ļéṽéļ &amp;{ļéṽéļ} ~~~~~~]</translation>
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
            <source>%n problem(s) before it can be saved: {problems}</source>
            <translation>
                <numerusform>[%n þŕöƀļéɱ(š) ƀéƒöŕé îţ çåñ ƀé šåṽéð: {problems} ~~~~~~~~~~~~~~~]</numerusform>
                <numerusform>[%n þŕöƀļéɱ(š) ƀéƒöŕé îţ çåñ ƀé šåṽéð: {problems} ~~~~~~~~~~~~~~~]</numerusform>
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

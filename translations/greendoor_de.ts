<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>gd::agents</name>
    <message>
        <source>Analytics</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation>Optimierung</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Kundenpflege</translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Coming back to our conversation</source>
        <translation>Zurück zu unserem Gespräch</translation>
    </message>
    <message>
        <source>Hello,

when we last spoke you asked me to come back to you around %1, so here I am: is now a better time to talk? If not, just tell me when.

Best regards</source>
        <translation>Guten Tag,

bei unserem letzten Gespräch baten Sie mich, mich um den %1 wieder bei Ihnen zu melden – das tue ich hiermit: Passt es Ihnen jetzt besser? Falls nicht, sagen Sie mir einfach, wann.

Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message>
        <source>System</source>
        <translation>System</translation>
    </message>
</context>
<context>
    <name>gd::agents::DealAgent</name>
    <message>
        <source>contact health %1 (%2)</source>
        <translation>Kontaktzustand %1 (%2)</translation>
    </message>
    <message>
        <source>; the move to %1 is held back</source>
        <translation>; der Wechsel zu %1 wird zurückgehalten</translation>
    </message>
    <message>
        <source>Deal %1 (%2): move from %3 to %4. Evidence: %5. Confidence %6%7.</source>
        <translation>Deal %1 (%2): Wechsel von %3 zu %4. Belege: %5. Konfidenz %6%7.</translation>
    </message>
    <message>
        <source>; contact health %1 (%2)</source>
        <translation>; Kontaktzustand %1 (%2)</translation>
    </message>
    <message>
        <source>; contact health not known</source>
        <translation>; Kontaktzustand unbekannt</translation>
    </message>
</context>
<context>
    <name>gd::agents::OutreachAgent</name>
    <message>
        <source>The first touch to %1 was sent; the follow-up sequence keeps the conversation going unless they reply.</source>
        <translation>Der Erstkontakt an %1 wurde gesendet; die Nachfass-Sequenz hält das Gespräch am Laufen, sofern keine Antwort kommt.</translation>
    </message>
    <message>
        <source>%1 (%2 at %3) has not been contacted in 30 days; every sentence about them rests on a stored fact (%4).</source>
        <translation>%1 (%2 bei %3) wurde seit 30 Tagen nicht kontaktiert; jeder Satz über diese Person beruht auf einer gespeicherten Tatsache (%4).</translation>
    </message>
    <message>
        <source>Written by the language model %1 from these facts only; the grounding check found every claim in a cited fact.</source>
        <translation>Vom Sprachmodell %1 ausschließlich aus diesen Fakten verfasst; die Faktenprüfung hat jede Aussage in einem zitierten Fakt gefunden.</translation>
    </message>
    <message>
        <source>Written from the template: %1.</source>
        <translation>Aus der Vorlage verfasst: %1.</translation>
    </message>
    <message>
        <source>The configured language model is not used: %1.</source>
        <translation>Das konfigurierte Sprachmodell wird nicht verwendet: %1.</translation>
    </message>
</context>
<context>
    <name>gd::agents::ResearchAgent</name>
    <message numerus="yes">
        <source>Find %1 at %2 with Apollo (%n credit(s)).</source>
        <translation>
            <numerusform>%1 bei %2 mit Apollo finden (%n Credit).</numerusform>
            <numerusform>%1 bei %2 mit Apollo finden (%n Credits).</numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation>Personen</translation>
    </message>
    <message>
        <source>any company</source>
        <translation>einem beliebigen Unternehmen</translation>
    </message>
</context>
<context>
    <name>gd::app</name>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>cannot load the demo data: %1</source>
        <translation>Demodaten können nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Created demo workspace %1 (schema %2).</source>
        <translation>Demo-Arbeitsbereich %1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <source>Created workspace %1 (schema %2).</source>
        <translation>Arbeitsbereich %1 angelegt (Schema %2).</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Autonomy: PAUSED</source>
        <translation>Autonomie: PAUSIERT</translation>
    </message>
    <message>
        <source>Autonomy: on</source>
        <translation>Autonomie: aktiv</translation>
    </message>
    <message>
        <source>No agents have run in this workspace yet (start them with `run` or the console).</source>
        <translation>In diesem Arbeitsbereich ist noch kein Agent gelaufen (starten Sie die Agenten mit `run` oder in der Konsole).</translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation>AGENT</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>HANDLED</source>
        <translation>BEARB.</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>FEHLER</translation>
    </message>
    <message>
        <source>P99 MS</source>
        <translation>P99 MS</translation>
    </message>
    <message>
        <source>HEARTBEAT AGE</source>
        <translation>LEBENSZEICHEN</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Tasks: %1 queued, %2 assigned, %3 done, %4 failed</source>
        <translation>Aufgaben: %1 wartend, %2 zugewiesen, %3 erledigt, %4 fehlgeschlagen</translation>
    </message>
    <message>
        <source>run needs --seconds N</source>
        <translation>run benötigt --seconds N</translation>
    </message>
    <message>
        <source>the agents did not start</source>
        <translation>die Agenten konnten nicht gestartet werden</translation>
    </message>
    <message>
        <source>Running %1 agents for %2 s on %3 (Ctrl-C stops)...</source>
        <translation>%1 Agenten werden %2 s lang in %3 ausgeführt (Strg+C beendet)...</translation>
    </message>
    <message>
        <source>Stopped after %1 s (%2). Tasks done: %3, failed: %4. Messages in the trail: %5.</source>
        <translation>Nach %1 s beendet (%2). Aufgaben erledigt: %3, fehlgeschlagen: %4. Nachrichten im Verlauf: %5.</translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation>unterbrochen</translation>
    </message>
    <message>
        <source>time is up</source>
        <translation>Zeit abgelaufen</translation>
    </message>
    <message>
        <source>unknown message type %1 (one of: %2)</source>
        <translation>unbekannter Nachrichtentyp %1 (zulässig: %2)</translation>
    </message>
    <message>
        <source>no agent named %1 in this workspace</source>
        <translation>kein Agent namens %1 in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Autonomy paused: no agent takes new work until you resume.</source>
        <translation>Autonomie pausiert: Kein Agent übernimmt neue Arbeit, bis Sie die Autonomie fortsetzen.</translation>
    </message>
    <message>
        <source>Autonomy resumed.</source>
        <translation>Autonomie fortgesetzt.</translation>
    </message>
    <message>
        <source>Agent %1 paused.</source>
        <translation>Agent %1 pausiert.</translation>
    </message>
    <message>
        <source>Agent %1 resumed.</source>
        <translation>Agent %1 fortgesetzt.</translation>
    </message>
    <message>
        <source>no command given</source>
        <translation>kein Befehl angegeben</translation>
    </message>
    <message>
        <source>--workspace PATH is required</source>
        <translation>--workspace PFAD ist erforderlich</translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation>unbekannter Befehl %1</translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation>%1 akzeptiert die Option --%2 nicht</translation>
    </message>
</context>
<context>
    <name>gd::app::cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation>Option --%1 benötigt einen Wert</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation>unerwartetes Argument %1</translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation>--%1 erfordert eine positive ganze Zahl</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>Decision: %1 for %2</source>
        <translation>Entscheidung: %1 für %2</translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Risk: %1 (%2)</source>
        <translation>Risiko: %1 (%2)</translation>
    </message>
    <message>
        <source>financial</source>
        <translation>finanziell</translation>
    </message>
    <message>
        <source>relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>strategic</source>
        <translation>strategisch</translation>
    </message>
    <message>
        <source>Matrix: level %1, mode %2, money limit EUR %3, hard ceiling EUR %4 / risk %5</source>
        <translation>Matrix: Stufe %1, Modus %2, Betragslimit EUR %3, harte Obergrenze EUR %4 / Risiko %5</translation>
    </message>
    <message>
        <source>Learned: threshold %1, approval rate %2 over %3 examples</source>
        <translation>Gelernt: Schwelle %1, Freigabequote %2 aus %3 Beispielen</translation>
    </message>
    <message>
        <source>decisions %1 needs --type TYPE and --input FILE</source>
        <translation>decisions %1 benötigt --type TYPE und --input FILE</translation>
    </message>
    <message>
        <source>approvals needs list, approve ID, reject ID or edit ID</source>
        <translation>approvals benötigt list, approve ID, reject ID oder edit ID</translation>
    </message>
    <message>
        <source>approvals %1 needs the approval&apos;s ID</source>
        <translation>approvals %1 benötigt die ID der Freigabe</translation>
    </message>
    <message>
        <source>approvals reject needs --reason TEXT: the agent is told why</source>
        <translation>approvals reject benötigt --reason TEXT: Der Agent erfährt den Grund</translation>
    </message>
    <message>
        <source>approvals edit needs --input FILE with the edited action as JSON</source>
        <translation>approvals edit benötigt --input FILE mit der bearbeiteten Aktion als JSON</translation>
    </message>
    <message>
        <source>No %1 approvals.</source>
        <translation>Keine Freigaben mit Status %1.</translation>
    </message>
    <message>
        <source>agent %1, risk %2 (%3), %4, deadline %5</source>
        <translation>Agent %1, Risiko %2 (%3), %4, Frist %5</translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation>Betreff: %1</translation>
    </message>
    <message>
        <source>Edited %1; the edited action is approved as %2.</source>
        <translation>%1 bearbeitet; die bearbeitete Aktion ist als %2 freigegeben.</translation>
    </message>
    <message>
        <source>Approved %1: it will be carried out once, when the agents run.</source>
        <translation>%1 freigegeben: Die Aktion wird einmal ausgeführt, sobald die Agenten laufen.</translation>
    </message>
    <message>
        <source>Rejected %1: the agent was told why.</source>
        <translation>%1 abgelehnt: Der Agent wurde über den Grund informiert.</translation>
    </message>
    <message>
        <source>Decision %1: %2%3</source>
        <translation>Entscheidung %1: %2%3</translation>
    </message>
    <message>
        <source> (proposed before; the earlier decision stands)</source>
        <translation> (bereits vorgeschlagen; die frühere Entscheidung gilt)</translation>
    </message>
    <message>
        <source>Waiting for approval %1.</source>
        <translation>Wartet auf Freigabe %1.</translation>
    </message>
    <message>
        <source>decisions %1 needs the decision&apos;s ID</source>
        <translation>decisions %1 benötigt die ID der Entscheidung</translation>
    </message>
    <message>
        <source>Marked %1 wrong; GreenDoor will ask before doing that again.</source>
        <translation>%1 als falsch markiert; GreenDoor fragt nach, bevor es das erneut tut.</translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation>%1 rückgängig gemacht.</translation>
    </message>
    <message>
        <source>decisions needs assess, propose, wrong ID or undo ID</source>
        <translation>decisions benötigt assess, propose, wrong ID oder undo ID</translation>
    </message>
    <message>
        <source>learned takes no subcommand but reset TYPE</source>
        <translation>learned akzeptiert als Unterbefehl nur reset TYPE</translation>
    </message>
    <message>
        <source>learned reset needs a decision type</source>
        <translation>learned reset benötigt einen Entscheidungstyp</translation>
    </message>
    <message>
        <source>Forgot what was learned about %1.</source>
        <translation>Gelerntes zu %1 vergessen.</translation>
    </message>
    <message>
        <source>matrix needs show or set --input FILE</source>
        <translation>matrix benötigt show oder set --input FILE</translation>
    </message>
    <message>
        <source>matrix set needs --input FILE with one rule as JSON</source>
        <translation>matrix set benötigt --input FILE mit einer Regel als JSON</translation>
    </message>
    <message>
        <source>Saved the rule for %1.</source>
        <translation>Regel für %1 gespeichert.</translation>
    </message>
    <message>
        <source>audit needs verify or export --format csv|json</source>
        <translation>audit benötigt verify oder export --format csv|json</translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation>--format muss csv oder json sein</translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, head %2.</source>
        <translation>Prüfprotokoll intakt: %1 Zeilen, Kettenkopf %2.</translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation>Prüfprotokoll bei Zeile %1 beschädigt: %2</translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation>in die Standardausgabe kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation>Prüfprotokoll nach %1 geschrieben.</translation>
    </message>
    <message>
        <source>Ideal Customer Profile, version %1 (%2)</source>
        <translation>Idealkundenprofil, Version %1 (%2)</translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation>Unternehmen: %1</translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation>Angebot: %1</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>import needs the CSV file to import</source>
        <translation>import benötigt die zu importierende CSV-Datei</translation>
    </message>
    <message>
        <source>importing: %1% (%2 rows)</source>
        <translation>Import läuft: %1% (%2 Zeilen)</translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation>es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3, delimiter %4): %5 new, %6 merged, %7 rejected of %8 rows in %9 s.</source>
        <translation>%1 importiert (%2, %3, Trennzeichen %4): %8 Zeilen, davon %5 neu, %6 zusammengeführt, %7 abgelehnt, in %9 s.</translation>
    </message>
    <message>
        <source>... and %1 more (use --rejects FILE to save them all)</source>
        <translation>... und %1 weitere (mit --rejects FILE speichern Sie alle)</translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation>  Zeile %1: %2</translation>
    </message>
    <message>
        <source>icp needs --from-url URL, show, or set --input FILE</source>
        <translation>icp benötigt --from-url URL, show oder set --input FILE</translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation>%1 ist keine Webadresse</translation>
    </message>
    <message>
        <source>fetching %1/%2: %3</source>
        <translation>Abruf %1/%2: %3</translation>
    </message>
    <message>
        <source>could not read %1: %2. Enter the profile by hand with `icp set --input FILE`.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Geben Sie das Profil mit `icp set --input FILE` von Hand ein.</translation>
    </message>
    <message>
        <source>Read %1 pages; skipped %2.</source>
        <translation>%1 Seiten gelesen, %2 übersprungen.</translation>
    </message>
    <message>
        <source>this workspace has no profile yet: `icp --from-url URL` drafts one</source>
        <translation>dieser Arbeitsbereich hat noch kein Profil: `icp --from-url URL` entwirft eines</translation>
    </message>
    <message>
        <source>icp set needs --input FILE with the profile as JSON</source>
        <translation>icp set benötigt --input FILE mit dem Profil als JSON</translation>
    </message>
    <message>
        <source>Saved profile version %1; prospects are re-scored against it.</source>
        <translation>Profilversion %1 gespeichert; die Interessenten werden danach neu bewertet.</translation>
    </message>
    <message>
        <source>prospects search needs --domains D1,D2 and/or --titles T1,T2</source>
        <translation>prospects search benötigt --domains D1,D2 und/oder --titles T1,T2</translation>
    </message>
    <message>
        <source>Queued people search %1. When the agents run, the Research agent proposes the spend; approve it in the console or with `approvals approve ID`, and the results are imported.</source>
        <translation>Personensuche %1 eingereiht. Sobald die Agenten laufen, schlägt der Recherche-Agent die kostenpflichtige Suche vor; geben Sie diese in der Konsole oder mit `approvals approve ID` frei, dann werden die Ergebnisse importiert.</translation>
    </message>
    <message>
        <source>prospects takes [--top N], or search --domains D --titles T</source>
        <translation>prospects akzeptiert [--top N] oder search --domains D --titles T</translation>
    </message>
    <message>
        <source>No profile yet, so nobody is scored: `icp --from-url URL` drafts one.</source>
        <translation>Noch kein Profil vorhanden, daher ist niemand bewertet: `icp --from-url URL` entwirft eines.</translation>
    </message>
    <message>
        <source>secrets needs set KEY (the secret on standard input) or remove KEY</source>
        <translation>secrets benötigt set KEY (das Geheimnis über die Standardeingabe) oder remove KEY</translation>
    </message>
    <message>
        <source>secrets set reads the secret from standard input; it was empty</source>
        <translation>secrets set liest das Geheimnis von der Standardeingabe; sie war leer</translation>
    </message>
    <message>
        <source>Stored %1 in the system keychain.</source>
        <translation>%1 im System-Schlüsselbund gespeichert.</translation>
    </message>
    <message>
        <source>Removed %1 from the system keychain.</source>
        <translation>%1 aus dem System-Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <source>cannot write to standard output: the output is incomplete</source>
        <translation>kann nicht in die Standardausgabe schreiben: die Ausgabe ist unvollständig</translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a proposal, an edited action or a rule must be smaller</source>
        <translation>%1 ist größer als %2 KiB; ein Vorschlag, eine bearbeitete Aktion oder eine Regel muss kleiner sein</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>das Passwort kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>the password on standard input is longer than 64 KiB</source>
        <translation>das Passwort auf der Standardeingabe ist länger als 64 KiB</translation>
    </message>
    <message>
        <source>the password on standard input spans several lines; give it on one line</source>
        <translation>das Passwort auf der Standardeingabe erstreckt sich über mehrere Zeilen; geben Sie es in einer Zeile an</translation>
    </message>
    <message>
        <source>the password is read from standard input; it was empty</source>
        <translation>das Passwort wird von der Standardeingabe gelesen; sie war leer</translation>
    </message>
    <message>
        <source>--%1 needs a whole number</source>
        <translation>--%1 benötigt eine ganze Zahl</translation>
    </message>
    <message>
        <source>--window takes HH:MM-HH:MM (e.g. 08:00-18:00) or any</source>
        <translation>--window erwartet HH:MM-HH:MM (z. B. 08:00-18:00) oder any</translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation>verbunden und angemeldet</translation>
    </message>
    <message>
        <source>connected, logged in, INBOX found</source>
        <translation>verbunden, angemeldet, INBOX gefunden</translation>
    </message>
    <message>
        <source>mailbox add needs --name, --email, --smtp and --user (and the password on standard input)</source>
        <translation>mailbox add benötigt --name, --email, --smtp und --user (und das Passwort über die Standardeingabe)</translation>
    </message>
    <message>
        <source>a mailbox named %1 exists already</source>
        <translation>ein Postfach namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>mailbox %1 was not added: the connection test failed</source>
        <translation>Postfach %1 wurde nicht hinzugefügt: der Verbindungstest ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>mailbox %1 was not added: %2</source>
        <translation>Postfach %1 wurde nicht hinzugefügt: %2</translation>
    </message>
    <message>
        <source>Mailbox %1 (%2) added; its password is in the system keychain.</source>
        <translation>Postfach %1 (%2) hinzugefügt; sein Passwort liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>no password for mailbox %1 in the system keychain</source>
        <translation>kein Passwort für Postfach %1 im System-Schlüsselbund</translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation>kein Postfach namens %1</translation>
    </message>
    <message>
        <source>No mailbox yet: `mailbox add` connects one.</source>
        <translation>Noch kein Postfach: `mailbox add` verbindet eines.</translation>
    </message>
    <message>
        <source>cap %1/day, gap %2 s, window %3</source>
        <translation>Limit %1/Tag, Abstand %2 s, Zeitfenster %3</translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation>angehalten: %1</translation>
    </message>
    <message>
        <source>a mailbox cannot be renamed; remove it and add it again</source>
        <translation>ein Postfach kann nicht umbenannt werden; entfernen Sie es und fügen Sie es erneut hinzu</translation>
    </message>
    <message>
        <source>the user or server changed, so the password is needed again: %1</source>
        <translation>Benutzer oder Server wurden geändert, daher wird das Passwort erneut benötigt: %1</translation>
    </message>
    <message>
        <source>Mailbox %1 updated.</source>
        <translation>Postfach %1 aktualisiert.</translation>
    </message>
    <message>
        <source>Mailbox %1 removed, and its password with it.</source>
        <translation>Postfach %1 entfernt, und sein Passwort mit ihm.</translation>
    </message>
    <message>
        <source>mailbox %1 takes %2</source>
        <translation>mailbox %1 erwartet %2</translation>
    </message>
    <message>
        <source>a mailbox name</source>
        <translation>einen Postfachnamen</translation>
    </message>
    <message>
        <source>no name</source>
        <translation>keinen Namen</translation>
    </message>
    <message>
        <source>suppressions needs list, add ADDRESS, remove ADDRESS, import FILE or export</source>
        <translation>suppressions benötigt list, add ADDRESS, remove ADDRESS, import FILE oder export</translation>
    </message>
    <message>
        <source>suppressions %1 needs an address, @domain or file</source>
        <translation>suppressions %1 benötigt eine Adresse, @domain oder eine Datei</translation>
    </message>
    <message>
        <source>suppressions %1 takes no argument</source>
        <translation>suppressions %1 erwartet kein Argument</translation>
    </message>
    <message>
        <source>%1 will not be mailed (%2).</source>
        <translation>%1 wird nicht angeschrieben (%2).</translation>
    </message>
    <message>
        <source>%1 removed from the %2 suppression list.</source>
        <translation>%1 von der Sperrliste %2 entfernt.</translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation>nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 added, %2 already listed, %3 rejected.</source>
        <translation>%1 hinzugefügt, %2 bereits gelistet, %3 abgewiesen.</translation>
    </message>
    <message>
        <source>the export was cut short: %1</source>
        <translation>der Export wurde vorzeitig abgebrochen: %1</translation>
    </message>
    <message>
        <source>Nobody is suppressed.</source>
        <translation>Niemand ist gesperrt.</translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation>die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>the secret on standard input is larger than %1 KiB; nothing was stored</source>
        <translation>das Geheimnis auf der Standardeingabe ist größer als %1 KiB; es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>the secret on standard input has several lines; a secret is one line (nothing was stored)</source>
        <translation>das Geheimnis auf der Standardeingabe hat mehrere Zeilen; ein Geheimnis ist eine Zeile (es wurde nichts gespeichert)</translation>
    </message>
    <message>
        <source>the import is stored, but the rejected rows were not saved: %1</source>
        <translation>der Import ist gespeichert, aber die abgewiesenen Zeilen wurden nicht gesichert: %1</translation>
    </message>
    <message>
        <source>note: the scores could not be brought up to date (%1); some are older than the profile.</source>
        <translation>Hinweis: die Bewertungen konnten nicht aktualisiert werden (%1); einige sind älter als das Profil.</translation>
    </message>
    <message>
        <source>replies takes the subcommand classify</source>
        <translation>replies erwartet den Unterbefehl classify</translation>
    </message>
    <message>
        <source>replies classify needs at least one .eml file</source>
        <translation>replies classify benötigt mindestens eine .eml-Datei</translation>
    </message>
    <message>
        <source>the reply classifier&apos;s training data is missing</source>
        <translation>die Trainingsdaten des Antwortklassifikators fehlen</translation>
    </message>
    <message>
        <source>%1 is not an email: %2</source>
        <translation>%1 ist keine E-Mail: %2</translation>
    </message>
    <message>
        <source>class: %1 (confidence %2)</source>
        <translation>Klasse: %1 (Konfidenz %2)</translation>
    </message>
    <message>
        <source>because: %1</source>
        <translation>weil: %1</translation>
    </message>
    <message>
        <source>return_date: %1</source>
        <translation>return_date: %1</translation>
    </message>
    <message>
        <source>referred_to: %1</source>
        <translation>referred_to: %1</translation>
    </message>
    <message>
        <source>bounce: hard, recipient %1, status %2</source>
        <translation>Bounce: hart, Empfänger %1, Status %2</translation>
    </message>
    <message>
        <source>bounce: soft, recipient %1, status %2</source>
        <translation>Bounce: weich, Empfänger %1, Status %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Campaign %1: %2</source>
        <translation>Kampagne %1: %2</translation>
    </message>
    <message>
        <source>Mailboxes: %1</source>
        <translation>Postfächer: %1</translation>
    </message>
    <message>
        <source>the first unpaused mailbox</source>
        <translation>das erste nicht angehaltene Postfach</translation>
    </message>
    <message>
        <source>Segment: %1 prospects now; %2 enrolled, %3 in a live sequence</source>
        <translation>Segment: derzeit %1 Interessenten; %2 aufgenommen, %3 in einer laufenden Sequenz</translation>
    </message>
    <message>
        <source>Step %1: %2, %3 business days after the previous one was sent, %4 variant(s)</source>
        <translation>Schritt %1: %2, %3 Werktage nach dem Versand des vorherigen, %4 Variante(n)</translation>
    </message>
    <message>
        <source>STEP</source>
        <translation>SCHRITT</translation>
    </message>
    <message>
        <source>VAR</source>
        <translation>VAR</translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation>VORGESCHLAGEN</translation>
    </message>
    <message>
        <source>SENT</source>
        <translation>GESENDET</translation>
    </message>
    <message>
        <source>DELIVERED</source>
        <translation>ZUGESTELLT</translation>
    </message>
    <message>
        <source>BOUNCED</source>
        <translation>UNZUSTELLBAR</translation>
    </message>
    <message>
        <source>REPLIED</source>
        <translation>BEANTWORTET</translation>
    </message>
    <message>
        <source>POSITIVE</source>
        <translation>POSITIV</translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation>TERMINE</translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation>Kontakte:</translation>
    </message>
    <message>
        <source>all steps</source>
        <translation>alle Schritte</translation>
    </message>
    <message>
        <source>next step %1</source>
        <translation>nächster Schritt %1</translation>
    </message>
    <message>
        <source>campaign needs create --input FILE, list, show ID, start ID, pause ID or run [ID]</source>
        <translation>campaign benötigt create --input FILE, list, show ID, start ID, pause ID oder run [ID]</translation>
    </message>
    <message>
        <source>campaign create needs --input FILE with the campaign as JSON</source>
        <translation>campaign create benötigt --input FILE mit der Kampagne als JSON</translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s name</source>
        <translation>campaign %1 benötigt den Namen der Kampagne</translation>
    </message>
    <message>
        <source>only campaign run takes --at</source>
        <translation>nur campaign run akzeptiert --at</translation>
    </message>
    <message>
        <source>--at needs an ISO date and time, e.g. 2026-03-02T09:00:00Z</source>
        <translation>--at benötigt Datum und Uhrzeit im ISO-Format, z. B. 2026-03-02T09:00:00Z</translation>
    </message>
    <message>
        <source>greendoor-cli: the campaign is not valid:</source>
        <translation>greendoor-cli: die Kampagne ist nicht gültig:</translation>
    </message>
    <message>
        <source>Created campaign %1 (draft): %2 prospects in its segment now. Start it with `campaign start %1`.</source>
        <translation>Kampagne %1 erstellt (Entwurf): derzeit %2 Interessenten in ihrem Segment. Starten Sie sie mit `campaign start %1`.</translation>
    </message>
    <message>
        <source>No campaigns yet (create one with `campaign create --input FILE`).</source>
        <translation>Noch keine Kampagnen (erstellen Sie eine mit `campaign create --input FILE`).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation>POSTFACH</translation>
    </message>
    <message>
        <source>ENROLLED</source>
        <translation>AUFGENOMMEN</translation>
    </message>
    <message>
        <source>there is no campaign named %1</source>
        <translation>es gibt keine Kampagne namens %1</translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 emails proposed, %4 held for a missing fact, %5 waiting, %6 ended, %7 resumed</source>
        <translation>%1 aufgenommen, %2 übersprungen, %3 E-Mails vorgeschlagen, %4 wegen fehlender Tatsache zurückgehalten, %5 wartend, %6 beendet, %7 fortgesetzt</translation>
    </message>
    <message>
        <source>Campaign %1 paused: no new email of it is proposed from now on.</source>
        <translation>Kampagne %1 angehalten: ab jetzt werden keine neuen E-Mails daraus vorgeschlagen.</translation>
    </message>
    <message>
        <source>Launch of %1 (%2 prospects): %3</source>
        <translation>Start von %1 (%2 Interessenten): %3</translation>
    </message>
    <message>
        <source>Waiting for approval %1 (`approvals approve %1`); the campaign becomes active once it is carried out.</source>
        <translation>Wartet auf Freigabe %1 (`approvals approve %1`); die Kampagne wird aktiv, sobald sie ausgeführt ist.</translation>
    </message>
    <message>
        <source>import</source>
        <translation>Import</translation>
    </message>
    <message>
        <source>%1: %2 read, %3 stored, %4 already known, %5 gone before reading, %6 too large, %7 decisions</source>
        <translation>%1: %2 gelesen, %3 gespeichert, %4 bereits bekannt, %5 vor dem Lesen verschwunden, %6 zu groß, %7 Entscheidungen</translation>
    </message>
    <message>
        <source>the server renumbered the folder (UIDVALIDITY changed): read again, nothing stored twice</source>
        <translation>der Server hat den Ordner neu nummeriert (UIDVALIDITY geändert): erneut gelesen, nichts doppelt gespeichert</translation>
    </message>
    <message>
        <source>UID %1: %2</source>
        <translation>UID %1: %2</translation>
    </message>
    <message>
        <source>(too large: headers only)</source>
        <translation>(zu groß: nur Kopfzeilen)</translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation>%1: %3 {1 %2:?}</translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation>gestoppt: %1</translation>
    </message>
    <message>
        <source>no mailbox with an IMAP server: add one with `mailbox add ... --imap URL`</source>
        <translation>kein Postfach mit IMAP-Server: fügen Sie eines mit `mailbox add ... --imap URL` hinzu</translation>
    </message>
    <message>
        <source>no mailbox named %1 with an IMAP server</source>
        <translation>kein Postfach namens %1 mit IMAP-Server</translation>
    </message>
    <message>
        <source>Carried out at once: %1 (suppressions, sequence changes, reminders).</source>
        <translation>Sofort ausgeführt: %1 (Sperren, Sequenzänderungen, Erinnerungen).</translation>
    </message>
    <message>
        <source>mail takes the subcommand sync or import</source>
        <translation>mail akzeptiert den Unterbefehl sync oder import</translation>
    </message>
    <message>
        <source>mail import needs a PATH (an .eml file, a folder of them, or an mbox file)</source>
        <translation>mail import benötigt einen PATH (eine .eml-Datei, einen Ordner davon oder eine mbox-Datei)</translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation>keine Unterhaltung %1</translation>
    </message>
    <message>
        <source>Conversation #%1 with %2: %3</source>
        <translation>Unterhaltung #%1 mit %2: %3</translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation>gesendet an %1</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message>
        <source>conversations takes --contact EMAIL or show ID</source>
        <translation>conversations akzeptiert --contact EMAIL oder show ID</translation>
    </message>
    <message>
        <source>No conversations yet (replies arrive with `mail sync`, `mail import` or `run`).</source>
        <translation>Noch keine Unterhaltungen (Antworten kommen mit `mail sync`, `mail import` oder `run` an).</translation>
    </message>
    <message>
        <source> (%1 unread)</source>
        <translation> (%1 ungelesen)</translation>
    </message>
    <message>
        <source>--value takes a number (the deal&apos;s value in its currency)</source>
        <translation>--value akzeptiert eine Zahl (den Wert des Deals in seiner Währung)</translation>
    </message>
    <message>
        <source>--close-date takes a date as YYYY-MM-DD</source>
        <translation>--close-date akzeptiert ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Deal %1 created.</source>
        <translation>Deal %1 erstellt.</translation>
    </message>
    <message>
        <source>deal move needs the deal&apos;s number and --stage STAGE</source>
        <translation>deal move benötigt die Nummer des Deals und --stage STAGE</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation>„%1“ ist keine Deal-Phase (%2)</translation>
    </message>
    <message>
        <source>no deal %1</source>
        <translation>kein Deal %1</translation>
    </message>
    <message>
        <source>closing a deal needs --reason (why it was won or lost)</source>
        <translation>das Abschließen eines Deals benötigt --reason (warum er gewonnen oder verloren wurde)</translation>
    </message>
    <message>
        <source>The operator moves deal %1 (%2) from %3 to %4%5</source>
        <translation>Der Bediener verschiebt Deal %1 (%2) von %3 nach %4%5</translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation>Entscheidung %1: %2 {1:?}</translation>
    </message>
    <message>
        <source>The running team carries it out (greendoor-cli run, or the console).</source>
        <translation>Das laufende Team führt es aus (greendoor-cli run oder die Konsole).</translation>
    </message>
    <message>
        <source>deal show needs the deal&apos;s number</source>
        <translation>deal show benötigt die Nummer des Deals</translation>
    </message>
    <message>
        <source>contact: %1 &lt;%2&gt;</source>
        <translation>Kontakt: %1 &lt;%2&gt;</translation>
    </message>
    <message>
        <source>win probability: %1 %</source>
        <translation>Gewinnwahrscheinlichkeit: %1 %</translation>
    </message>
    <message>
        <source>close date: %1</source>
        <translation>Abschlussdatum: %1</translation>
    </message>
    <message>
        <source>next step: %1</source>
        <translation>nächster Schritt: %1</translation>
    </message>
    <message>
        <source>close reason: %1</source>
        <translation>Abschlussgrund: %1</translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation>Beleg: %1</translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation>Zeitleiste:</translation>
    </message>
    <message>
        <source>No deals yet: `deal create --title T --value N` opens one.</source>
        <translation>Noch keine Deals: `deal create --title T --value N` legt einen an.</translation>
    </message>
    <message>
        <source>deal takes create, show ID, move ID --stage S or list</source>
        <translation>deal akzeptiert create, show ID, move ID --stage S oder list</translation>
    </message>
    <message>
        <source>Pipeline in %1</source>
        <translation>Pipeline in %1</translation>
    </message>
    <message>
        <source>weighted %1 (%2 %)</source>
        <translation>gewichtet %1 (%2 %)</translation>
    </message>
    <message>
        <source>open: %1, weighted %2</source>
        <translation>offen: %1, gewichtet %2</translation>
    </message>
    <message>
        <source>ICP extraction on %1 labelled sites in %2</source>
        <translation>ICP-Extraktion auf %1 annotierten Websites in %2</translation>
    </message>
    <message>
        <source>field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>precision recall  (n)</source>
        <translation>Präzision Recall  (n)</translation>
    </message>
    <message>
        <source>all fields</source>
        <translation>alle Felder</translation>
    </message>
    <message>
        <source>%1: F1 over all fields %2; %3 ms per site (median)</source>
        <translation>%1: F1 über alle Felder %2; %3 ms pro Website (Median)</translation>
    </message>
    <message>
        <source>%1, per site (- missing, + not expected):</source>
        <translation>%1, pro Website (- fehlt, + nicht erwartet):</translation>
    </message>
    <message>
        <source>offering &quot;%1&quot;</source>
        <translation>Angebot „%1“</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>labels.csv line %1: unknown class &quot;%2&quot;</source>
        <translation>labels.csv Zeile %1: unbekannte Klasse „%2“</translation>
    </message>
    <message>
        <source>no labelled replies in %1 (labels.csv, or the class in each .eml file&apos;s name)</source>
        <translation>keine annotierten Antworten in %1 (labels.csv oder die Klasse im Namen jeder .eml-Datei)</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Reply classification on %1 labelled replies in %2</source>
        <translation>Antwortklassifikation auf %1 annotierten Antworten in %2</translation>
    </message>
    <message>
        <source>class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>precision recall</source>
        <translation>Präzision Recall</translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4%); %5 ms per reply (median)</source>
        <translation>%1: %2 von %3 richtig (%4%); %5 ms pro Antwort (Median)</translation>
    </message>
    <message>
        <source>Confusion matrix (rows: labelled class, columns: predicted):</source>
        <translation>Konfusionsmatrix (Zeilen: annotierte Klasse, Spalten: vorhergesagt):</translation>
    </message>
    <message>
        <source>%1 is not a file or folder</source>
        <translation>%1 ist weder Datei noch Ordner</translation>
    </message>
    <message>
        <source>%1 line %2 is not a labelled objective</source>
        <translation>%1 Zeile %2 ist keine annotierte Zielvorgabe</translation>
    </message>
    <message>
        <source>no labelled objectives (.jsonl) in %1</source>
        <translation>keine annotierten Zielvorgaben (.jsonl) in %1</translation>
    </message>
    <message>
        <source>Objective parsing on %1 labelled objectives in %2</source>
        <translation>Zielanalyse auf %1 annotierten Zielvorgaben in %2</translation>
    </message>
    <message>
        <source>%1: %2 of %3 real goals exact (metric, target, deadline, currency); %4 ms per objective (median)</source>
        <translation>%1: %2 von %3 echten Zielen exakt (Kennzahl, Zielwert, Frist, Währung); %4 ms pro Zielvorgabe (Median)</translation>
    </message>
    <message>
        <source>eval needs --task icp|reply|objective and --data DIR</source>
        <translation>eval benötigt --task icp|reply|objective und --data DIR</translation>
    </message>
    <message>
        <source>unknown task %1: use icp, reply or objective</source>
        <translation>unbekannte Aufgabe %1: verwenden Sie icp, reply oder objective</translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD</source>
        <translation>--today akzeptiert ein Datum im Format YYYY-MM-DD</translation>
    </message>
    <message>
        <source>Not a goal yet. %1</source>
        <translation>Noch kein Ziel. %1</translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation>Verstanden: %1</translation>
    </message>
    <message>
        <source>metric: %1</source>
        <translation>Kennzahl: %1</translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation>Zielwert: %1</translation>
    </message>
    <message>
        <source>deadline: %1 (from &quot;%2&quot;)</source>
        <translation>Frist: %1 (aus „%2“)</translation>
    </message>
    <message>
        <source>industries: </source>
        <translation>Branchen: </translation>
    </message>
    <message>
        <source>roles: </source>
        <translation>Rollen: </translation>
    </message>
    <message>
        <source>regions: </source>
        <translation>Regionen: </translation>
    </message>
    <message>
        <source>company sizes: </source>
        <translation>Unternehmensgrößen: </translation>
    </message>
    <message>
        <source>limit: %1 = %2 (&quot;%3&quot;)</source>
        <translation>Einschränkung: %1 = %2 („%3“)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>goal %1 needs --text &quot;the objective in plain words&quot;</source>
        <translation>goal %1 benötigt --text &quot;das Ziel in einfachen Worten&quot;</translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation>nicht hinzugefügt: %1</translation>
    </message>
    <message>
        <source>Goal %1 added.</source>
        <translation>Ziel %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation>Konflikt: %1</translation>
    </message>
    <message>
        <source>goal %1 does not take --text</source>
        <translation>goal %1 akzeptiert kein --text</translation>
    </message>
    <message>
        <source>No goals yet: `goal add --text &quot;...&quot;` sets one.</source>
        <translation>Noch keine Ziele: `goal add --text &quot;...&quot;` legt eines fest.</translation>
    </message>
    <message>
        <source>goal %1 needs the goal&apos;s number</source>
        <translation>goal %1 benötigt die Nummer des Ziels</translation>
    </message>
    <message>
        <source>no goal %1</source>
        <translation>kein Ziel %1</translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>goal takes parse, add, list, show ID or remove ID</source>
        <translation>goal akzeptiert parse, add, list, show ID oder remove ID</translation>
    </message>
    <message>
        <source>--server-saves-sent takes yes or no</source>
        <translation>--server-saves-sent akzeptiert yes oder no</translation>
    </message>
    <message>
        <source>mailbox needs add, test NAME, list, set NAME, resume NAME or remove NAME</source>
        <translation>mailbox benötigt add, test NAME, list, set NAME, resume NAME oder remove NAME</translation>
    </message>
    <message>
        <source>Mailbox %1 sends again; its waiting emails go out when their turn comes.</source>
        <translation>Postfach %1 sendet wieder; seine wartenden E-Mails gehen raus, wenn sie an der Reihe sind.</translation>
    </message>
    <message>
        <source>%1 carried out; %2 waiting or held (see `outbox list`).</source>
        <translation>%1 ausgeführt; %2 wartend oder zurückgehalten (siehe `outbox list`).</translation>
    </message>
    <message>
        <source>outbox needs list, resolve ID --sent|--resend or run</source>
        <translation>outbox benötigt list, resolve ID --sent|--resend oder run</translation>
    </message>
    <message>
        <source>outbox resolve needs an item id</source>
        <translation>outbox resolve benötigt eine Eintrags-ID</translation>
    </message>
    <message>
        <source>outbox %1 takes no argument</source>
        <translation>outbox %1 akzeptiert kein Argument</translation>
    </message>
    <message>
        <source>outbox resolve needs exactly one of --sent (it did leave) or --resend</source>
        <translation>outbox resolve benötigt genau eines von --sent (wurde versendet) oder --resend</translation>
    </message>
    <message>
        <source>no outbox item %1</source>
        <translation>kein Postausgangseintrag %1</translation>
    </message>
    <message>
        <source>outbox item %1 is %2, not held</source>
        <translation>Postausgangseintrag %1 ist %2, nicht zurückgehalten</translation>
    </message>
    <message>
        <source>the operator confirmed it was sent</source>
        <translation>der Bediener hat den Versand bestätigt</translation>
    </message>
    <message>
        <source>the operator ordered a resend</source>
        <translation>der Bediener hat einen erneuten Versand angeordnet</translation>
    </message>
    <message>
        <source>Outbox item %1 will be booked as sent (nothing is sent again).</source>
        <translation>Postausgangseintrag %1 wird als gesendet verbucht (nichts wird erneut gesendet).</translation>
    </message>
    <message>
        <source>Outbox item %1 will be sent again when its turn comes.</source>
        <translation>Postausgangseintrag %1 wird erneut gesendet, wenn er an der Reihe ist.</translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation>Der Postausgang ist leer.</translation>
    </message>
    <message>
        <source>cannot read the API key from standard input</source>
        <translation>der API-Schlüssel kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>the API key on standard input is longer than 16 KiB</source>
        <translation>der API-Schlüssel auf der Standardeingabe ist länger als 16 KiB</translation>
    </message>
    <message>
        <source>the API key on standard input spans several lines; give it on one line</source>
        <translation>der API-Schlüssel auf der Standardeingabe erstreckt sich über mehrere Zeilen; geben Sie ihn in einer Zeile an</translation>
    </message>
    <message>
        <source>--key-stdin reads the API key from standard input; it was empty</source>
        <translation>--key-stdin liest den API-Schlüssel von der Standardeingabe; sie war leer</translation>
    </message>
    <message>
        <source>--%1 takes a price in EUR per million tokens (e.g. 0.15)</source>
        <translation>--%1 akzeptiert einen Preis in EUR pro Million Token (z. B. 0.15)</translation>
    </message>
    <message>
        <source>note: the model&apos;s API key could not be read (%1); asking the model without one</source>
        <translation>Hinweis: der API-Schlüssel des Modells konnte nicht gelesen werden (%1); das Modell wird ohne Schlüssel angefragt</translation>
    </message>
    <message>
        <source>note: the configured model is not used: %1</source>
        <translation>Hinweis: das konfigurierte Modell wird nicht verwendet: %1</translation>
    </message>
    <message>
        <source>model set needs --url URL and --model NAME (Ollama: --url %1)</source>
        <translation>model set benötigt --url URL und --model NAME (Ollama: --url %1)</translation>
    </message>
    <message>
        <source>--send-prospect-data takes on or off</source>
        <translation>--send-prospect-data akzeptiert on oder off</translation>
    </message>
    <message>
        <source>the API key could not be stored in the keychain: %1</source>
        <translation>der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Model set: %1 at %2.</source>
        <translation>Modell festgelegt: %1 unter %2.</translation>
    </message>
    <message>
        <source>Prospect data (stored fields, evidence, reply text) is sent to it.</source>
        <translation>Interessentendaten (gespeicherte Felder, Belege, Antworttext) werden an das Modell gesendet.</translation>
    </message>
    <message>
        <source>Prospect data is NOT sent to it (turn on with --send-prospect-data on); ICP drafts from your own website and objectives still use it.</source>
        <translation>Interessentendaten werden NICHT an das Modell gesendet (einschalten mit --send-prospect-data on); ICP-Entwürfe aus Ihrer eigenen Website und Zielvorgaben verwenden es trotzdem.</translation>
    </message>
    <message>
        <source>Try it: greendoor-cli --workspace %1 model test</source>
        <translation>Ausprobieren: greendoor-cli --workspace %1 model test</translation>
    </message>
    <message>
        <source>No model is configured: the offline model answers every task. Ollama users: model set --url %1 --model NAME</source>
        <translation>Kein Modell konfiguriert: das Offline-Modell beantwortet jede Aufgabe. Für Ollama: model set --url %1 --model NAME</translation>
    </message>
    <message>
        <source>Model:          %1</source>
        <translation>Modell:         %1</translation>
    </message>
    <message>
        <source>Address:        %1 (%2)</source>
        <translation>Adresse:        %1 (%2)</translation>
    </message>
    <message>
        <source>on this machine</source>
        <translation>auf diesem Rechner</translation>
    </message>
    <message>
        <source>another machine</source>
        <translation>ein anderer Rechner</translation>
    </message>
    <message>
        <source>API key:        %1</source>
        <translation>API-Schlüssel:  %1</translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation>im Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keiner</translation>
    </message>
    <message>
        <source>Price:          %1 EUR in, %2 EUR out per million tokens</source>
        <translation>Preis:          %1 EUR Eingabe, %2 EUR Ausgabe pro Million Token</translation>
    </message>
    <message>
        <source>Prospect data:  %1</source>
        <translation>Interessentendaten: %1</translation>
    </message>
    <message>
        <source>sent to the model</source>
        <translation>an das Modell gesendet</translation>
    </message>
    <message>
        <source>not sent to the model</source>
        <translation>nicht an das Modell gesendet</translation>
    </message>
    <message>
        <source>note: the API key could not be removed from the keychain: %1</source>
        <translation>Hinweis: der API-Schlüssel konnte nicht aus dem Schlüsselbund entfernt werden: %1</translation>
    </message>
    <message>
        <source>Model off: the offline model answers every task.</source>
        <translation>Modell aus: das Offline-Modell beantwortet jede Aufgabe.</translation>
    </message>
    <message>
        <source>no model is configured: model set --url URL --model NAME</source>
        <translation>kein Modell konfiguriert: model set --url URL --model NAME</translation>
    </message>
    <message>
        <source>note: the model&apos;s API key could not be read (%1); testing without one</source>
        <translation>Hinweis: der API-Schlüssel des Modells konnte nicht gelesen werden (%1); Test ohne Schlüssel</translation>
    </message>
    <message>
        <source>note: the configured model %1 is not in the list</source>
        <translation>Hinweis: das konfigurierte Modell %1 ist nicht in der Liste</translation>
    </message>
    <message>
        <source>model takes set, test, show or off</source>
        <translation>model akzeptiert set, test, show oder off</translation>
    </message>
    <message>
        <source>Drafted by the offline model: %1</source>
        <translation>Vom Offline-Modell entworfen: %1</translation>
    </message>
    <message>
        <source>Drafted by the model %1.</source>
        <translation>Vom Modell %1 entworfen.</translation>
    </message>
    <message>
        <source>by the offline model: %1</source>
        <translation>vom Offline-Modell: %1</translation>
    </message>
    <message>
        <source>by the model %1</source>
        <translation>vom Modell %1</translation>
    </message>
    <message>
        <source>%1 email(s) already approved stay in the outbox, held until the campaign is started again; %2 wait in the approval queue (reject them there to stop them). `campaign start %3` resumes.</source>
        <translation>%1 bereits freigegebene E-Mail(s) bleiben im Postausgang und werden zurückgehalten, bis die Kampagne erneut gestartet wird; %2 warten in der Freigabewarteschlange (lehnen Sie sie dort ab, um sie zu stoppen). `campaign start %3` setzt fort.</translation>
    </message>
    <message>
        <source>Cascade:</source>
        <translation>Kaskade:</translation>
    </message>
    <message>
        <source>limits on decisions (authority matrix):</source>
        <translation>Grenzen für Entscheidungen (Befugnismatrix):</translation>
    </message>
    <message>
        <source>campaign: %1 (draft; segment: %2)</source>
        <translation>Kampagne: %1 (Entwurf; Segment: %2)</translation>
    </message>
    <message>
        <source>agents&apos; shares (tasks):</source>
        <translation>Anteile der Agenten (Aufgaben):</translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation>%1 erledigt</translation>
    </message>
    <message>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <source>rates used:</source>
        <translation>verwendete Quoten:</translation>
    </message>
    <message>
        <source>note: read by the offline goal parser: %1</source>
        <translation>Hinweis: vom Offline-Zielparser ausgewertet: %1</translation>
    </message>
    <message>
        <source>--budget takes the EUR one model budget authorizes (e.g. 5)</source>
        <translation>--budget erwartet den EUR-Betrag, den ein Modellbudget freigibt (z. B. 5)</translation>
    </message>
    <message>
        <source>Paid calls draw on a model budget of %1 EUR: a provider.spend decision the authority matrix judges (above its limit it waits for your approval; until then the offline model answers). Each call&apos;s actual cost is booked against it.</source>
        <translation>Kostenpflichtige Aufrufe gehen zulasten eines Modellbudgets von %1 EUR: eine provider.spend-Entscheidung, die die Befugnismatrix beurteilt (oberhalb ihres Limits wartet sie auf Ihre Freigabe; bis dahin antwortet das Offline-Modell). Die tatsächlichen Kosten jedes Aufrufs werden darauf verbucht.</translation>
    </message>
    <message>
        <source>Budget:         %1 EUR per provider.spend decision</source>
        <translation>Budget:         %1 EUR pro provider.spend-Entscheidung</translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 EUR left</source>
        <translation>%1 (%2): %3 von %4 EUR übrig</translation>
    </message>
    <message>
        <source>report needs --kind %1 --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|csv] --output FILE</source>
        <translation>report erfordert --kind %1 --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|csv] --output FILE</translation>
    </message>
    <message>
        <source>a PDF report needs --output FILE</source>
        <translation>ein PDF-Bericht erfordert --output FILE</translation>
    </message>
    <message>
        <source>cannot draw a PDF without a graphics platform</source>
        <translation>ohne Grafikplattform kann kein PDF erstellt werden</translation>
    </message>
    <message>
        <source>cannot build the report: %1</source>
        <translation>Bericht kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>the report was written but could not be recorded in the audit trail: %1</source>
        <translation>der Bericht wurde geschrieben, konnte aber nicht im Prüfprotokoll erfasst werden: %1</translation>
    </message>
    <message>
        <source>Wrote the %1 for %2 to %3 (%4 KB).</source>
        <translation>%1 für %2 nach %3 geschrieben (%4 KB).</translation>
    </message>
    <message>
        <source>Usage: greendoor-cli --workspace PATH [--json] &lt;command&gt; [options]

Commands:
  init [--demo]                 create a workspace (with the sample data)
  status                        list the agents: state, counts, heartbeat age
  run --seconds N               run the agents headless for N seconds (Ctrl-C stops)
  messages [--limit N] [--agent NAME] [--type TYPE]
                                print the communication trail, newest first
  tasks [--limit N] [--agent NAME]
                                print the task table, newest first
  pause [--agent NAME]          pause all autonomy (or one agent)
  resume [--agent NAME]         resume all autonomy (or one agent)

Decisions:
  approvals list [--status S]   the approval queue (pending unless --status)
  approvals approve ID          approve exactly the queued action
  approvals reject ID --reason TEXT
                                reject it; the agent is told why
  approvals edit ID --input FILE
                                replace the action (JSON) and approve the edited one
  decisions assess --type TYPE --input FILE
                                risk and outcome under the current matrix, without acting
  decisions propose --type TYPE --input FILE
                                the same, for real: act, queue or refuse
  decisions wrong ID [--reason TEXT]
                                mark a carried-out decision wrong (it teaches)
  decisions undo ID             undo a carried-out decision where its action allows
  learned [reset TYPE]          what was learned per decision type (or forget it)
  matrix show | matrix set --input FILE
                                the authority matrix (a rule as JSON; audited)
  audit verify                  check the audit log&apos;s hash chain
  audit export --format csv|json [--output FILE [--force]]
                                an existing FILE is replaced only with --force
  report --kind pipeline|activity|decisions|goals|audit --from YYYY-MM-DD --to YYYY-MM-DD
         [--format pdf|csv] --output FILE [--force]
                                a report for the period (PDF with charts, or CSV)

Prospects:
  icp --from-url URL [--allow-private]
                                draft the Ideal Customer Profile from your website
                                (--allow-private: a site on your own network&apos;s addresses)
  icp show | icp set --input FILE
                                show the profile, or save an edited one (JSON)
  import FILE [--rejects OUT [--force]]
                                import prospects from CSV (HubSpot, Salesforce, Apollo,
                                Sales Navigator layouts); OUT gets the rejected rows
  prospects [--top N]           the best prospects by score, with the reasons
  prospects search --domains D1,D2 --titles T1,T2
                                ask the Research agent for a data-provider people search
                                (a spend: it waits for approval)
  secrets set KEY | secrets remove KEY
                                store a secret (read from standard input) in the system
                                keychain, e.g. provider/apollo/api_key
  mailbox add --name NAME --email ADDRESS --smtp URL [--imap URL] --user USER [--trust-cert]
      [--daily-cap N] [--gap-seconds N] [--window HH:MM-HH:MM|any] [--display-name TEXT]
      [--postal-address TEXT] [--signature TEXT] [--unsubscribe-url URL] [--sent-folder NAME]
      [--server-saves-sent yes|no] [--warmup-start-cap N] [--warmup-step N]
      [--gap-jitter-seconds N]   (password on standard input)
  mailbox test NAME | mailbox list | mailbox set NAME [options] | mailbox remove NAME
  mailbox resume NAME           send again from a mailbox paused after a failed login
  outbox list [--all]           emails waiting (and why), held for an operator, failed
  outbox resolve ID --sent|--resend
                                a held email: it did leave (book it) or send it again
  outbox run                    carry out what is due now (send due emails) and stop
  suppressions list | add ADDRESS|@DOMAIN [--reason R] | remove ADDRESS | import FILE | export
                                who is never mailed ([--campaign NAME]: one campaign only)
  campaign create --input FILE  define a campaign (JSON: name, mailbox, segment, steps, variants)
  campaign list | show NAME     campaigns with their figures, contacts and reasons
  campaign start NAME           propose the launch (a campaign.launch decision)
  campaign pause NAME           stop proposing its emails at once
  campaign run [NAME] [--at ISO-TIME]
                                run the sequences once now (the Outreach agent does it on its tick)

Language model (optional; the offline model is always there):
  model set --url URL --model NAME [--key-stdin] [--price-in EUR --price-out EUR]
      [--budget EUR] [--send-prospect-data on|off]
                                an OpenAI-compatible server (Ollama: http://127.0.0.1:11434/v1);
                                prices per million tokens; the API key from standard input
  model test                    list the server&apos;s models (exit 1 with the reason if it cannot)
  model show | model off        the settings, or back to the offline model only

Conversations:
  mail sync [--mailbox NAME]    read new mail over IMAP now: threaded, classified, acted on
  mail import PATH              an .eml file, a folder of them, or an mbox file, as if it
                                had arrived over IMAP
  conversations [--contact EMAIL] | conversations show ID
                                threads with their class, confidence and reasons

Replies (no workspace needed):
  replies classify FILE.eml...  what each reply means: class, confidence, deciding
                                sentences, return date, referred person

Goals:
  goal parse --text TEXT [--today YYYY-MM-DD]
                                what GreenDoor understands of an objective (no workspace
                                needed; stores nothing; &quot;ambiguous&quot; with the question to ask)
  goal add --text TEXT | goal list | goal show ID | goal remove ID
                                keep goals; list and show say where each stands

Deals:
  deal create --title T [--value N] [--currency EUR] [--stage S] [--company C]
      [--contact EMAIL] [--close-date YYYY-MM-DD] [--next-step TEXT] [--owner NAME]
  deal move ID --stage S [--reason TEXT]
                                a deal.move_stage (or deal.close) decision; closing needs --reason
  deal show ID | deal list [--stage S]
  pipeline [--probabilities STAGE=PERCENT,...]
                                deals, value and weighted value per stage (and set the
                                stages&apos; win probabilities first, e.g. qualified=10)

Evaluation (no workspace needed):
  eval --task icp|reply|objective --data DIR [--per-site]
                                precision and recall of the offline model on a labelled
                                folder (icp: site folders with label.json; reply: .eml
                                files with labels.csv; objective: .jsonl); a confusion
                                matrix for replies

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Aufruf: greendoor-cli --workspace PATH [--json] &lt;Befehl&gt; [Optionen]

Befehle:
  init [--demo]                 einen Arbeitsbereich anlegen (mit den Beispieldaten)
  status                        die Agenten auflisten: Zustand, Zähler, Alter des Heartbeats
  run --seconds N               die Agenten N Sekunden ohne Oberfläche ausführen (Strg+C beendet)
  messages [--limit N] [--agent NAME] [--type TYPE]
                                den Kommunikationsverlauf ausgeben, neueste zuerst
  tasks [--limit N] [--agent NAME]
                                die Aufgabentabelle ausgeben, neueste zuerst
  pause [--agent NAME]          die gesamte Autonomie pausieren (oder einen Agenten)
  resume [--agent NAME]         die gesamte Autonomie fortsetzen (oder einen Agenten)

Entscheidungen:
  approvals list [--status S]   die Freigabewarteschlange (ausstehende, sofern kein --status)
  approvals approve ID          genau die eingereihte Aktion freigeben
  approvals reject ID --reason TEXT
                                ablehnen; der Agent erfährt den Grund
  approvals edit ID --input FILE
                                die Aktion (JSON) ersetzen und die bearbeitete freigeben
  decisions assess --type TYPE --input FILE
                                Risiko und Ergebnis unter der aktuellen Matrix, ohne zu handeln
  decisions propose --type TYPE --input FILE
                                dasselbe, wirksam: handeln, einreihen oder verweigern
  decisions wrong ID [--reason TEXT]
                                eine ausgeführte Entscheidung als falsch markieren (daraus wird gelernt)
  decisions undo ID             eine ausgeführte Entscheidung rückgängig machen, sofern ihre Aktion es erlaubt
  learned [reset TYPE]          was pro Entscheidungstyp gelernt wurde (oder es vergessen)
  matrix show | matrix set --input FILE
                                die Befugnismatrix (eine Regel als JSON; protokolliert)
  audit verify                  die Hash-Kette des Prüfprotokolls prüfen
  audit export --format csv|json [--output FILE [--force]]
                                eine vorhandene FILE wird nur mit --force ersetzt
  report --kind pipeline|activity|decisions|goals|audit --from YYYY-MM-DD --to YYYY-MM-DD
         [--format pdf|csv] --output FILE [--force]
                                ein Bericht für den Zeitraum (PDF mit Diagrammen oder CSV)

Interessenten:
  icp --from-url URL [--allow-private]
                                das Ideal Customer Profile aus Ihrer Website entwerfen
                                (--allow-private: eine Website unter Adressen Ihres eigenen Netzwerks)
  icp show | icp set --input FILE
                                das Profil anzeigen oder ein bearbeitetes speichern (JSON)
  import FILE [--rejects OUT [--force]]
                                Interessenten aus CSV importieren (Layouts von HubSpot, Salesforce,
                                Apollo, Sales Navigator); OUT erhält die abgelehnten Zeilen
  prospects [--top N]           die besten Interessenten nach Bewertung, mit den Gründen
  prospects search --domains D1,D2 --titles T1,T2
                                den Research-Agenten um eine Personensuche bei einem Datenanbieter bitten
                                (eine Ausgabe: sie wartet auf Freigabe)
  secrets set KEY | secrets remove KEY
                                ein Geheimnis (von der Standardeingabe gelesen) im Schlüsselbund
                                des Systems speichern, z. B. provider/apollo/api_key
  mailbox add --name NAME --email ADDRESS --smtp URL [--imap URL] --user USER [--trust-cert]
      [--daily-cap N] [--gap-seconds N] [--window HH:MM-HH:MM|any] [--display-name TEXT]
      [--postal-address TEXT] [--signature TEXT] [--unsubscribe-url URL] [--sent-folder NAME]
      [--server-saves-sent yes|no] [--warmup-start-cap N] [--warmup-step N]
      [--gap-jitter-seconds N]   (Passwort über die Standardeingabe)
  mailbox test NAME | mailbox list | mailbox set NAME [options] | mailbox remove NAME
  mailbox resume NAME           wieder aus einem Postfach senden, das nach fehlgeschlagener Anmeldung pausiert wurde
  outbox list [--all]           wartende E-Mails (und warum), für einen Bediener zurückgehaltene, fehlgeschlagene
  outbox resolve ID --sent|--resend
                                eine zurückgehaltene E-Mail: sie ging doch hinaus (verbuchen) oder erneut senden
  outbox run                    ausführen, was jetzt fällig ist (fällige E-Mails senden), und beenden
  suppressions list | add ADDRESS|@DOMAIN [--reason R] | remove ADDRESS | import FILE | export
                                wer nie angeschrieben wird ([--campaign NAME]: nur eine Kampagne)
  campaign create --input FILE  eine Kampagne definieren (JSON: name, mailbox, segment, steps, variants)
  campaign list | show NAME     Kampagnen mit ihren Kennzahlen, Kontakten und Gründen
  campaign start NAME           den Start vorschlagen (eine campaign.launch-Entscheidung)
  campaign pause NAME           das Vorschlagen ihrer E-Mails sofort beenden
  campaign run [NAME] [--at ISO-TIME]
                                die Sequenzen jetzt einmal ausführen (der Outreach-Agent tut dies bei seinem Takt)

Sprachmodell (optional; das Offline-Modell ist immer verfügbar):
  model set --url URL --model NAME [--key-stdin] [--price-in EUR --price-out EUR]
      [--budget EUR] [--send-prospect-data on|off]
                                ein OpenAI-kompatibler Server (Ollama: http://127.0.0.1:11434/v1);
                                Preise pro Million Tokens; der API-Schlüssel über die Standardeingabe
  model test                    die Modelle des Servers auflisten (Exit-Code 1 mit Grund, falls nicht möglich)
  model show | model off        die Einstellungen, oder zurück nur zum Offline-Modell

Konversationen:
  mail sync [--mailbox NAME]    neue E-Mails jetzt über IMAP lesen: in Threads gruppiert, klassifiziert, bearbeitet
  mail import PATH              eine .eml-Datei, ein Ordner davon oder eine mbox-Datei, als wären sie
                                über IMAP eingegangen
  conversations [--contact EMAIL] | conversations show ID
                                Threads mit ihrer Klasse, Konfidenz und Begründung

Antworten (kein Arbeitsbereich nötig):
  replies classify FILE.eml...  was jede Antwort bedeutet: Klasse, Konfidenz, ausschlaggebende
                                Sätze, Rückkehrdatum, genannte Person

Ziele:
  goal parse --text TEXT [--today YYYY-MM-DD]
                                was GreenDoor von einer Zielvorgabe versteht (kein Arbeitsbereich
                                nötig; speichert nichts; &quot;ambiguous&quot; mit der zu stellenden Frage)
  goal add --text TEXT | goal list | goal show ID | goal remove ID
                                Ziele führen; list und show zeigen, wo jedes steht

Deals:
  deal create --title T [--value N] [--currency EUR] [--stage S] [--company C]
      [--contact EMAIL] [--close-date YYYY-MM-DD] [--next-step TEXT] [--owner NAME]
  deal move ID --stage S [--reason TEXT]
                                eine deal.move_stage- (oder deal.close-)Entscheidung; Abschließen erfordert --reason
  deal show ID | deal list [--stage S]
  pipeline [--probabilities STAGE=PROZENT,...]
                                Deals, Wert und gewichteter Wert pro Phase (und zuvor die
                                Gewinnwahrscheinlichkeiten der Phasen setzen, z. B. qualified=10)

Auswertung (kein Arbeitsbereich nötig):
  eval --task icp|reply|objective --data DIR [--per-site]
                                Precision und Recall des Offline-Modells auf einem annotierten
                                Ordner (icp: Website-Ordner mit label.json; reply: .eml-Dateien
                                mit labels.csv; objective: .jsonl); eine Konfusionsmatrix
                                für Antworten

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
    <message>
        <source>--probabilities takes STAGE=PERCENT pairs separated by commas, e.g. qualified=10,discovery=25</source>
        <translation>--probabilities erwartet durch Kommas getrennte Paare STAGE=PROZENT, z. B. qualified=10,discovery=25</translation>
    </message>
    <message>
        <source>Goal %1 removed (%2).</source>
        <translation>Ziel %1 entfernt (%2).</translation>
    </message>
    <message>
        <source>limits taken off the authority matrix: %1</source>
        <translation>aus der Befugnismatrix entfernte Grenzen: %1</translation>
    </message>
    <message>
        <source>campaign %1 deleted (a draft that never ran)</source>
        <translation>Kampagne %1 gelöscht (ein Entwurf, der nie lief)</translation>
    </message>
    <message>
        <source>campaign %1 archived: it ran, so its sends and figures are kept; it is finished and its contacts still in the sequence were stopped</source>
        <translation>Kampagne %1 archiviert: Sie lief, daher bleiben ihre Sendungen und Zahlen erhalten; sie ist beendet, und ihre noch in der Sequenz befindlichen Kontakte wurden gestoppt</translation>
    </message>
    <message>
        <source>campaign %1 was already gone</source>
        <translation>Kampagne %1 war bereits entfernt</translation>
    </message>
    <message>
        <source>agent tasks cancelled: %1</source>
        <translation>abgebrochene Agentenaufgaben: %1</translation>
    </message>
    <message>
        <source>agent tasks already run or running, left as they are: %1</source>
        <translation>bereits ausgeführte oder laufende Agentenaufgaben, unverändert belassen: %1</translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
        <translation>der Bericht kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::core</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is an empty file, not a GreenDoor workspace.</source>
        <translation>%1 ist eine leere Datei und kein GreenDoor-Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is not a GreenDoor workspace (it is not an SQLite database).</source>
        <translation>%1 ist kein GreenDoor-Arbeitsbereich (keine SQLite-Datenbank).</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation>%1 ist beschädigt und kann nicht gelesen werden (%2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was left untouched.</source>
        <translation>%1 ist beschädigt (Integritätsprüfung: %2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GreenDoor workspace. It was left untouched.</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein GreenDoor-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>%1 was written by a newer GreenDoor (schema version %2; this version knows up to %3). Update GreenDoor to open it. It was left untouched.</source>
        <translation>%1 wurde von einer neueren GreenDoor-Version geschrieben (Schemaversion %2; diese Version unterstützt bis %3). Aktualisieren Sie GreenDoor, um die Datei zu öffnen. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>First-touch email</source>
        <translation>Erstkontakt-E-Mail</translation>
    </message>
    <message>
        <source>Follow-up email</source>
        <translation>Nachfass-E-Mail</translation>
    </message>
    <message>
        <source>Reply to an inbound message</source>
        <translation>Auf eine eingehende Nachricht antworten</translation>
    </message>
    <message>
        <source>Enrol a contact in a sequence</source>
        <translation>Kontakt in eine Sequenz aufnehmen</translation>
    </message>
    <message>
        <source>Stop a contact&apos;s sequence</source>
        <translation>Sequenz eines Kontakts beenden</translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation>Termin buchen</translation>
    </message>
    <message>
        <source>Move a deal to another stage</source>
        <translation>Deal in eine andere Phase verschieben</translation>
    </message>
    <message>
        <source>Close a deal won or lost</source>
        <translation>Deal als gewonnen oder verloren abschließen</translation>
    </message>
    <message>
        <source>Offer a discount or price change</source>
        <translation>Rabatt oder Preisänderung anbieten</translation>
    </message>
    <message>
        <source>Spend credits with a data provider</source>
        <translation>Guthaben bei einem Datenanbieter einsetzen</translation>
    </message>
    <message>
        <source>Launch a campaign</source>
        <translation>Kampagne starten</translation>
    </message>
    <message>
        <source>Change caps or budgets</source>
        <translation>Limits oder Budgets ändern</translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation>Personenbezogene Daten exportieren</translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation>Personenbezogene Daten löschen</translation>
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
        <source>%1th</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>a login is required</source>
        <translation>Anmeldung erforderlich</translation>
    </message>
    <message>
        <source>access denied</source>
        <translation>Zugriff verweigert</translation>
    </message>
    <message>
        <source>not found</source>
        <translation>nicht gefunden</translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation>zu viele Anfragen</translation>
    </message>
    <message>
        <source>server error</source>
        <translation>Serverfehler</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation>„%1“ ist keine Webadresse (http oder https)</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Could not start a download</source>
        <translation>Der Download konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation>%1 ist größer als %2</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>%1: gave up after %2 redirects</source>
        <translation>%1: nach %2 Weiterleitungen aufgegeben</translation>
    </message>
    <message>
        <source>Could not find the server %1</source>
        <translation>Der Server %1 wurde nicht gefunden</translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation>Keine Verbindung zu %1 möglich</translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not http or https</source>
        <translation>%1 hat auf eine Adresse weitergeleitet, die nicht http oder https ist</translation>
    </message>
    <message>
        <source>Could not load %1 (%2)</source>
        <translation>%1 konnte nicht geladen werden (%2)</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2 (%3)</source>
        <translation>%1 hat mit HTTP %2 geantwortet (%3)</translation>
    </message>
    <message>
        <source>The system keychain is not available, so GreenDoor cannot store or read passwords and API keys there. Start and unlock a keyring (GNOME Keyring, KWallet or KeePassXC) and try again, or enter the key when asked.</source>
        <translation>Der System-Schlüsselbund ist nicht verfügbar, daher kann GreenDoor dort keine Passwörter und API-Schlüssel speichern oder lesen. Starten und entsperren Sie einen Schlüsselbund (GNOME Keyring, KWallet oder KeePassXC) und versuchen Sie es erneut, oder geben Sie den Schlüssel ein, wenn Sie danach gefragt werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain under &quot;%1&quot;</source>
        <translation>Im Schlüsselbund ist unter „%1“ nichts gespeichert</translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the key when asked. (%1)</source>
        <translation>Der System-Schlüsselbund ist gesperrt oder hat den Zugriff verweigert. Entsperren Sie ihn und versuchen Sie es erneut, oder geben Sie den Schlüssel ein, wenn Sie danach gefragt werden. (%1)</translation>
    </message>
    <message>
        <source>Access to the system keychain was denied</source>
        <translation>Der Zugriff auf den System-Schlüsselbund wurde verweigert</translation>
    </message>
    <message>
        <source>The system keychain could not read &quot;%1&quot;: %2</source>
        <translation>Der System-Schlüsselbund konnte „%1“ nicht lesen: %2</translation>
    </message>
    <message>
        <source>The system keychain could not store &quot;%1&quot;: %2</source>
        <translation>Der System-Schlüsselbund konnte „%1“ nicht speichern: %2</translation>
    </message>
    <message>
        <source>The system keychain could not remove &quot;%1&quot;: %2</source>
        <translation>Der System-Schlüsselbund konnte „%1“ nicht entfernen: %2</translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation>keine http- oder https-Adresse</translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation>nicht erreichbar</translation>
    </message>
    <message>
        <source>timed out</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation>größer als %1</translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation>zu viele Weiterleitungen</translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation>HTTP %1</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1 is not a web page</source>
        <translation>%1 ist keine Webseite</translation>
    </message>
    <message>
        <source>%1 is not a web page (it is %2)</source>
        <translation>%1 ist keine Webseite (sondern %2)</translation>
    </message>
    <message>
        <source>robots.txt could not be read</source>
        <translation>robots.txt konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>disallowed by robots.txt</source>
        <translation>durch robots.txt untersagt</translation>
    </message>
    <message>
        <source>not HTML</source>
        <translation>kein HTML</translation>
    </message>
    <message>
        <source>redirected to another site</source>
        <translation>auf eine andere Website weitergeleitet</translation>
    </message>
    <message>
        <source>same page as one already read</source>
        <translation>gleiche Seite wie eine bereits gelesene</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>kritisch</translation>
    </message>
    <message>
        <source>act</source>
        <translation>ausführen</translation>
    </message>
    <message>
        <source>queue for approval</source>
        <translation>zur Freigabe einreihen</translation>
    </message>
    <message>
        <source>refuse</source>
        <translation>ablehnen</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>freigegeben</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>expired</source>
        <translation>abgelaufen</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>edited</source>
        <translation>bearbeitet</translation>
    </message>
    <message>
        <source>the proposal is %1 KiB; at most %2 KiB are accepted</source>
        <translation>der Vorschlag hat %1 KiB; höchstens %2 KiB werden angenommen</translation>
    </message>
    <message>
        <source>approval %1 is %2, not pending</source>
        <translation>Freigabe %1 ist %2, nicht ausstehend</translation>
    </message>
    <message>
        <source>there is no approval %1</source>
        <translation>es gibt keine Freigabe %1</translation>
    </message>
    <message>
        <source>the document is %1 KiB; at most %2 KiB are accepted</source>
        <translation>das Dokument hat %1 KiB; höchstens %2 KiB werden angenommen</translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation>kein gültiges JSON bei Offset %1: %2</translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation>JSON-Objekt erwartet</translation>
    </message>
    <message>
        <source>no error</source>
        <translation>kein Fehler</translation>
    </message>
    <message>
        <source>the server&apos;s name could not be resolved (DNS)</source>
        <translation>der Name des Servers konnte nicht aufgelöst werden (DNS)</translation>
    </message>
    <message>
        <source>nothing answers on that host and port (TCP)</source>
        <translation>auf diesem Host und Port antwortet nichts (TCP)</translation>
    </message>
    <message>
        <source>the secure connection failed (TLS certificate or STARTTLS)</source>
        <translation>die sichere Verbindung ist fehlgeschlagen (TLS-Zertifikat oder STARTTLS)</translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation>der Server hat Benutzername oder Passwort abgelehnt</translation>
    </message>
    <message>
        <source>the mailbox folder was not found</source>
        <translation>der Postfachordner wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation>der Server hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation>der Server bat darum, es später erneut zu versuchen</translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation>der Server hat die Nachricht abgelehnt</translation>
    </message>
    <message>
        <source>the server refused the recipient</source>
        <translation>der Server hat den Empfänger abgelehnt</translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation>die Verbindung wurde unterbrochen</translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation>die Nachricht ist zu groß</translation>
    </message>
    <message>
        <source>the mail server failed</source>
        <translation>Fehler auf dem Mailserver</translation>
    </message>
    <message>
        <source>%1 is a private or local network address; reading it needs private addresses to be allowed for a site on your own network</source>
        <translation>%1 ist eine private oder lokale Netzwerkadresse; um sie zu lesen, müssen private Adressen für eine Website in Ihrem eigenen Netzwerk erlaubt sein</translation>
    </message>
    <message>
        <source>%1 is a link-local or cloud metadata address, which is never read</source>
        <translation>%1 ist eine Link-Local- oder Cloud-Metadaten-Adresse, die nie gelesen wird</translation>
    </message>
    <message>
        <source>%1 is not an address a web site uses</source>
        <translation>%1 ist keine Adresse, die eine Website verwendet</translation>
    </message>
    <message>
        <source>Refused to read %1: %2</source>
        <translation>Lesen von %1 verweigert: %2</translation>
    </message>
    <message>
        <source>on a private or link-local network address</source>
        <translation>auf einer privaten oder Link-Local-Netzwerkadresse</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MB ist</translation>
    </message>
    <message>
        <source>Could not reach %1 (%2)</source>
        <translation>%1 konnte nicht erreicht werden (%2)</translation>
    </message>
    <message>
        <source>%1 sent an answer GreenDoor cannot read: %2</source>
        <translation>%1 hat eine Antwort gesendet, die GreenDoor nicht lesen kann: %2</translation>
    </message>
    <message>
        <source>%1 answered HTTP 429 (too many requests)</source>
        <translation>%1 hat mit HTTP 429 geantwortet (zu viele Anfragen)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (server error)</source>
        <translation>%1 hat mit HTTP %2 geantwortet (Serverfehler)</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2). Check the key and the plan&apos;s API access under Settings → Data providers.</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2). Prüfen Sie unter Einstellungen → Datenanbieter den Schlüssel und ob Ihr Tarif API-Zugriff umfasst.</translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which GreenDoor does not follow with an API key: check the provider&apos;s address</source>
        <translation>%1 hat mit einer Weiterleitung geantwortet (HTTP %2), der GreenDoor mit einem API-Schlüssel nicht folgt: Prüfen Sie die Adresse des Anbieters</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>no model is configured</source>
        <translation>kein Modell konfiguriert</translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation>Guten Tag,</translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation>Hallo %1,</translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation>Mit freundlichen Grüßen</translation>
    </message>
    <message>
        <source>Best regards,
%1</source>
        <translation>Mit freundlichen Grüßen
%1</translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation>die Antwort war leer</translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at character %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Zeichen %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>Pause a contact&apos;s sequence until a date</source>
        <translation>Sequenz eines Kontakts bis zu einem Datum pausieren</translation>
    </message>
    <message>
        <source>Never mail an address again</source>
        <translation>Eine Adresse nie wieder anschreiben</translation>
    </message>
    <message>
        <source>Remind to take a contact up again</source>
        <translation>An die Wiederaufnahme eines Kontakts erinnern</translation>
    </message>
    <message>
        <source>Add a referred person as a prospect</source>
        <translation>Eine empfohlene Person als Interessent hinzufügen</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation>Kontaktiert</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>Gewonnen</translation>
    </message>
    <message>
        <source>Goal behind: %1 — %2</source>
        <translation>Ziel im Rückstand: %1 — %2</translation>
    </message>
    <message>
        <source>Mailbox %1 paused: %2</source>
        <translation>Postfach %1 angehalten: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) waiting for you</source>
        <translation>
            <numerusform>%n Freigabe wartet auf Sie</numerusform>
            <numerusform>%n Freigaben warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation>%1: eine Liste von Texten erwartet</translation>
    </message>
    <message>
        <source>%1: expected a list of non-empty texts</source>
        <translation>%1: eine Liste nicht leerer Texte erwartet</translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (known: %3)</source>
        <translation>%1: unbekanntes Feld „%2“ (bekannt: %3)</translation>
    </message>
    <message>
        <source>%1: there is no shipped template &quot;%2&quot;</source>
        <translation>%1: es gibt keine mitgelieferte Vorlage „%2“</translation>
    </message>
    <message>
        <source>%1: the subject is empty</source>
        <translation>%1: der Betreff ist leer</translation>
    </message>
    <message>
        <source>%1: the body must be text or a list of paragraphs</source>
        <translation>%1: der Text muss ein Text oder eine Liste von Absätzen sein</translation>
    </message>
    <message>
        <source>%1: variants must be a non-empty list</source>
        <translation>%1: variants muss eine nicht leere Liste sein</translation>
    </message>
    <message>
        <source>%1: a variant needs a short id such as &quot;A&quot; or &quot;B&quot;</source>
        <translation>%1: eine Variante benötigt eine kurze ID wie „A“ oder „B“</translation>
    </message>
    <message>
        <source>%1: variant &quot;%2&quot; is given twice</source>
        <translation>%1: Variante „%2“ ist doppelt angegeben</translation>
    </message>
    <message>
        <source>qualified</source>
        <translation>qualifiziert</translation>
    </message>
    <message>
        <source>discovery</source>
        <translation>Bedarfsanalyse</translation>
    </message>
    <message>
        <source>proposal</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation>Verhandlung</translation>
    </message>
    <message>
        <source>won</source>
        <translation>gewonnen</translation>
    </message>
    <message>
        <source>lost</source>
        <translation>verloren</translation>
    </message>
    <message>
        <source>thank you for your reply. Would %1 (%2) suit you for a %3-minute call? The calendar invitation is attached; if another time is better for you, just tell me which.</source>
        <translation>vielen Dank für Ihre Antwort. Würde Ihnen %1 (%2) für ein %3-minütiges Gespräch passen? Die Kalendereinladung ist angehängt; falls Ihnen ein anderer Zeitpunkt besser passt, sagen Sie mir einfach, welcher.</translation>
    </message>
    <message>
        <source>thank you for telling me plainly. I understand the concern, and I would rather answer it properly than send another generic email: would a short call, or a one-page summary of how teams like yours have handled this, be useful? If not, I will not follow up.</source>
        <translation>vielen Dank für Ihre offenen Worte. Ich verstehe Ihr Anliegen und möchte lieber richtig darauf eingehen, als eine weitere allgemeine E-Mail zu senden: Wäre ein kurzes Telefonat oder eine einseitige Zusammenfassung, wie Teams wie Ihres damit umgegangen sind, hilfreich? Falls nicht, melde ich mich nicht erneut.</translation>
    </message>
    <message>
        <source>Deal stalled: %1 — no activity for %2 days in stage %3</source>
        <translation>Deal stockt: %1 — seit %2 Tagen keine Aktivität in Phase %3</translation>
    </message>
    <message numerus="yes">
        <source>%n more stalled deal(s) in the Pipeline tab</source>
        <translation>
            <numerusform>%n weiterer stockender Deal im Reiter Pipeline</numerusform>
            <numerusform>%n weitere stockende Deals im Reiter Pipeline</numerusform>
        </translation>
    </message>
    <message>
        <source>Research</source>
        <translation>Recherche</translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation>Akquise</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>%1 prospects to research</source>
        <translation>%1 Interessenten zu recherchieren</translation>
    </message>
    <message>
        <source>%1 first-touch emails</source>
        <translation>%1 Erstkontakt-E-Mails</translation>
    </message>
    <message>
        <source>%1 meetings to book</source>
        <translation>%1 Termine zu vereinbaren</translation>
    </message>
    <message>
        <source>%1 meetings to turn into deals</source>
        <translation>%1 Termine in Deals umzuwandeln</translation>
    </message>
    <message>
        <source>%1 deals to win</source>
        <translation>%1 Deals zu gewinnen</translation>
    </message>
</context>
<context>
    <name>gd::core::Agent</name>
    <message>
        <source>cannot store results: %1</source>
        <translation>Ergebnisse können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing or out of order</source>
        <translation>Zeile %1 folgt auf Zeile %2: Zeilen fehlen oder sind nicht in der richtigen Reihenfolge</translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: a row was changed, deleted or moved</source>
        <translation>Zeile %1 passt nicht zur vorherigen Zeile: Eine Zeile wurde geändert, gelöscht oder verschoben</translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation>Zeile %1 wurde nach dem Schreiben geändert</translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written: it was cut off</source>
        <translation>das Protokoll endet bei Zeile %1, es wurden aber %2 Zeilen geschrieben: Es wurde abgeschnitten</translation>
    </message>
    <message>
        <source>the last row differs from the one recorded when it was written</source>
        <translation>die letzte Zeile weicht von der beim Schreiben festgehaltenen ab</translation>
    </message>
    <message>
        <source>the log&apos;s anchor is missing</source>
        <translation>der Anker des Protokolls fehlt</translation>
    </message>
</context>
<context>
    <name>gd::core::AuditSentence</name>
    <message>
        <source>risk %1 %2</source>
        <translation>Risiko %1 %2</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>a decision</source>
        <translation>eine Entscheidung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 an %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1: %2 {1.?} {1,?} {2?}</translation>
    </message>
    <message>
        <source>details withheld: suppressed contact</source>
        <translation>Details zurückgehalten: gesperrter Kontakt</translation>
    </message>
    <message>
        <source>proposed by %1: %2</source>
        <translation>vorgeschlagen von %1: %2</translation>
    </message>
    <message>
        <source>assessed: %1</source>
        <translation>bewertet: %1</translation>
    </message>
    <message>
        <source>%1 (acts alone up to %2)</source>
        <translation>%1 (darf allein handeln bis %2)</translation>
    </message>
    <message>
        <source>queued for approval: %1</source>
        <translation>zur Freigabe eingereiht: %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>allowed to act alone: %1</source>
        <translation>darf allein handeln: %1</translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation>verweigert: %1 (%2)</translation>
    </message>
    <message>
        <source>approved by %1: %2</source>
        <translation>freigegeben von %1: %2</translation>
    </message>
    <message>
        <source>rejected by %1: %2 (%3)</source>
        <translation>abgelehnt von %1: %2 (%3)</translation>
    </message>
    <message>
        <source>edited by %1 before approval: %2, now risk %3 %4</source>
        <translation>vor der Freigabe von %1 bearbeitet: %2, jetzt Risiko %3 %4</translation>
    </message>
    <message>
        <source>no answer before the deadline, denied: %1</source>
        <translation>keine Antwort vor Fristablauf, verweigert: %1</translation>
    </message>
    <message>
        <source>carried out: %1</source>
        <translation>ausgeführt: %1</translation>
    </message>
    <message>
        <source>could not be carried out: %1 (%2)</source>
        <translation>konnte nicht ausgeführt werden: %1 (%2)</translation>
    </message>
    <message>
        <source>held for an operator: %1 (%2)</source>
        <translation>für einen Bediener zurückgehalten: %1 (%2)</translation>
    </message>
    <message>
        <source>marked wrong by %1: %2 (%3)</source>
        <translation>von %1 als falsch markiert: %2 (%3)</translation>
    </message>
    <message>
        <source>undone by %1: %2</source>
        <translation>von %1 rückgängig gemacht: %2</translation>
    </message>
    <message>
        <source>%1 changed the authority matrix: %2</source>
        <translation>%1 hat die Befugnismatrix geändert: %2</translation>
    </message>
    <message>
        <source>%1 reset what was learned: %2</source>
        <translation>%1 hat Gelerntes zurückgesetzt: %2</translation>
    </message>
    <message>
        <source>%1 exported the %2 report for %3 to %4</source>
        <translation>%1 hat den Bericht %2 für %3 nach %4 exportiert</translation>
    </message>
    <message>
        <source>%1 removed goal %2 (%3)</source>
        <translation>%1 hat Ziel %2 entfernt (%3)</translation>
    </message>
    <message>
        <source>%1; taken back with it: %2</source>
        <translation>%1; damit zurückgenommen: %2</translation>
    </message>
</context>
<context>
    <name>gd::core::AuthorityMatrix</name>
    <message>
        <source>%1 (this one offers %2%)</source>
        <translation>%1 (hier werden %2% angeboten)</translation>
    </message>
    <message>
        <source>%1, and %2 were authorized in the last 24 hours</source>
        <translation>%1, und %2 wurden in den letzten 24 Stunden genehmigt</translation>
    </message>
    <message>
        <source>%1 (%2 spent since the goal was set, this adds %3)</source>
        <translation>%1 (%2 ausgegeben, seit das Ziel gesetzt wurde; dies kommt %3 hinzu)</translation>
    </message>
</context>
<context>
    <name>gd::core::AuthorityRule</name>
    <message>
        <source>invalid authority rule for &quot;%1&quot;: needs a known type, level and mode</source>
        <translation>ungültige Befugnisregel für „%1“: bekannter Typ, Stufe und Modus erforderlich</translation>
    </message>
</context>
<context>
    <name>gd::core::CachedProspectScorer</name>
    <message>
        <source>disqualified: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::CalendarInvite</name>
    <message>
        <source>an invitation needs a UID, an organiser, an attendee and a start time</source>
        <translation>eine Einladung benötigt eine UID, einen Organisator, einen Teilnehmer und eine Startzeit</translation>
    </message>
    <message>
        <source>libical could not write the invitation</source>
        <translation>libical konnte die Einladung nicht schreiben</translation>
    </message>
    <message>
        <source>a meeting needs the attendee&apos;s email address, not &quot;%1&quot;</source>
        <translation>ein Termin erfordert die E-Mail-Adresse des Teilnehmers, nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start time (ISO 8601, e.g. 2026-03-02T10:00:00Z)</source>
        <translation>„%1“ ist keine Startzeit (ISO 8601, z. B. 2026-03-02T10:00:00Z)</translation>
    </message>
    <message>
        <source>a meeting lasts between 5 and %1 minutes</source>
        <translation>ein Termin dauert zwischen 5 und %1 Minuten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a time zone</source>
        <translation>„%1“ ist keine Zeitzone</translation>
    </message>
    <message>
        <source>the organiser is not a valid email address</source>
        <translation>der Organisator ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the meeting&apos;s title and names must be single lines of text</source>
        <translation>Titel und Namen des Termins müssen jeweils einzeiliger Text sein</translation>
    </message>
    <message>
        <source>the meeting&apos;s id is not valid</source>
        <translation>die ID des Termins ist ungültig</translation>
    </message>
</context>
<context>
    <name>gd::core::Calibration</name>
    <message>
        <source>reset by %1</source>
        <translation>zurückgesetzt von %1</translation>
    </message>
</context>
<context>
    <name>gd::core::CampaignActions</name>
    <message>
        <source>there is no campaign named %1</source>
        <translation>es gibt keine Kampagne namens %1</translation>
    </message>
    <message>
        <source>campaign %1 is already active</source>
        <translation>Kampagne %1 ist bereits aktiv</translation>
    </message>
    <message>
        <source>campaign %1 is finished</source>
        <translation>Kampagne %1 ist beendet</translation>
    </message>
    <message>
        <source>campaign %1 already waits for its launch to be approved (see the approval queue)</source>
        <translation>Kampagne %1 wartet bereits auf die Freigabe ihres Starts (siehe Freigabewarteschlange)</translation>
    </message>
    <message>
        <source>%1 asked to start campaign %2; its segment holds %3 prospects now.</source>
        <translation>%1 hat den Start von Kampagne %2 beantragt; ihr Segment umfasst derzeit %3 Interessenten.</translation>
    </message>
    <message>
        <source>campaign %1 is %2, not active</source>
        <translation>Kampagne %1 ist %2, nicht aktiv</translation>
    </message>
</context>
<context>
    <name>gd::core::CampaignDefinition</name>
    <message>
        <source>name: a campaign needs a name of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 100)</source>
        <translation>name: eine Kampagne benötigt einen Namen aus Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos; (höchstens 100)</translation>
    </message>
    <message>
        <source>mailbox: there is no mailbox &quot;%1&quot; in this workspace (%2)</source>
        <translation>mailbox: es gibt kein Postfach „%1“ in diesem Arbeitsbereich (%2)</translation>
    </message>
    <message>
        <source>add one with `mailbox add`</source>
        <translation>fügen Sie eines mit `mailbox add` hinzu</translation>
    </message>
    <message>
        <source>segment.min_score: a whole number from 0 to 100</source>
        <translation>segment.min_score: eine ganze Zahl von 0 bis 100</translation>
    </message>
    <message>
        <source>segment.company_sizes: &quot;%1&quot; is not a size band (%2)</source>
        <translation>segment.company_sizes: „%1“ ist keine Größenklasse (%2)</translation>
    </message>
    <message>
        <source>segment.limit: a whole number from 1 to %1</source>
        <translation>segment.limit: eine ganze Zahl von 1 bis %1</translation>
    </message>
    <message>
        <source>steps: a campaign needs at least one step (first_touch)</source>
        <translation>steps: eine Kampagne benötigt mindestens einen Schritt (first_touch)</translation>
    </message>
    <message>
        <source>steps: at most %1 steps</source>
        <translation>steps: höchstens %1 Schritte</translation>
    </message>
    <message>
        <source>%1.kind: first_touch, follow_up or breakup, not &quot;%2&quot;</source>
        <translation>%1.kind: first_touch, follow_up oder breakup, nicht „%2“</translation>
    </message>
    <message>
        <source>%1.kind: the first step, and only the first, is the first_touch</source>
        <translation>%1.kind: der erste Schritt, und nur der erste, ist first_touch</translation>
    </message>
    <message>
        <source>%1.kind: the breakup email must be the last step</source>
        <translation>%1.kind: die breakup-E-Mail muss der letzte Schritt sein</translation>
    </message>
    <message>
        <source>%1.after_business_days: the first step goes out at the start (0)</source>
        <translation>%1.after_business_days: der erste Schritt geht zu Beginn raus (0)</translation>
    </message>
    <message>
        <source>%1.after_business_days: a whole number of business days from 1 to %2 after the previous step</source>
        <translation>%1.after_business_days: eine ganze Zahl von Werktagen von 1 bis %2 nach dem vorherigen Schritt</translation>
    </message>
    <message>
        <source>%1: give either variants or one template/subject/body, not both</source>
        <translation>%1: geben Sie entweder variants oder ein template/subject/body an, nicht beides</translation>
    </message>
    <message>
        <source>%1: the campaign&apos;s variants are the first step&apos;s content; remove its template</source>
        <translation>%1: die Varianten der Kampagne sind der Inhalt des ersten Schritts; entfernen Sie dessen Vorlage</translation>
    </message>
    <message>
        <source>%1.variants: the ids must be the same in every step with variants (%2)</source>
        <translation>%1.variants: die IDs müssen in jedem Schritt mit Varianten gleich sein (%2)</translation>
    </message>
    <message>
        <source>variants: given for the campaign and for steps[0]; keep one</source>
        <translation>variants: für die Kampagne und für steps[0] angegeben; behalten Sie eines</translation>
    </message>
</context>
<context>
    <name>gd::core::CampaignStore</name>
    <message>
        <source>there is already a campaign named %1</source>
        <translation>es gibt bereits eine Kampagne namens %1</translation>
    </message>
    <message>
        <source>there is no campaign named %1</source>
        <translation>es gibt keine Kampagne namens %1</translation>
    </message>
    <message>
        <source>not sent: %1&apos;s sequence in campaign %2 ended since it was approved (%3)</source>
        <translation>nicht gesendet: die Sequenz von %1 in Kampagne %2 wurde seit der Freigabe beendet (%3)</translation>
    </message>
    <message>
        <source>campaign %1 is paused: the email goes when it is started again</source>
        <translation>Kampagne %1 ist pausiert: die E-Mail wird versendet, sobald sie erneut gestartet wird</translation>
    </message>
</context>
<context>
    <name>gd::core::CompanyEnricher</name>
    <message>
        <source>there is no company %1</source>
        <translation>es gibt kein Unternehmen %1</translation>
    </message>
    <message>
        <source>%1 has no website or domain to read</source>
        <translation>%1 hat keine Website oder Domain, die gelesen werden könnte</translation>
    </message>
    <message>
        <source>%1: read %2 page(s), filled %3</source>
        <translation>%1: %2 Seite(n) gelesen, %3 Angabe(n) ergänzt</translation>
    </message>
</context>
<context>
    <name>gd::core::Coordinator</name>
    <message>
        <source>gave up after %1 attempts; last: %2</source>
        <translation>nach %1 Versuchen aufgegeben; zuletzt: %2</translation>
    </message>
    <message>
        <source>%1 failed %2 times: %3</source>
        <translation>%1 ist %2-mal fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>no agent can run tasks of type %1</source>
        <translation>kein Agent kann Aufgaben vom Typ %1 ausführen</translation>
    </message>
    <message>
        <source>no heartbeat for %1 ms</source>
        <translation>seit %1 ms kein Lebenszeichen</translation>
    </message>
</context>
<context>
    <name>gd::core::CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation>UTF-8</translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation>UTF-8 mit BOM</translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation>UTF-16 LE</translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation>UTF-16 BE</translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation>Latin-1</translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation>Datei nicht gefunden: %1</translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation>%1 ist ein Ordner, keine CSV-Datei</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>the input is not open for reading</source>
        <translation>die Eingabe ist nicht zum Lesen geöffnet</translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation>die Eingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (%1 of the first %2 characters are not text)</source>
        <translation>keine CSV-Textdatei: Sie enthält Binärdaten (%1 der ersten %2 Zeichen sind kein Text)</translation>
    </message>
    <message>
        <source>the file is UTF-32, which is not supported: save it as UTF-8 and import it again</source>
        <translation>die Datei ist in UTF-32 kodiert, was nicht unterstützt wird: Speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>not a CSV file: this is an Excel workbook (.xlsx) or another ZIP archive; save the sheet as CSV and import that</source>
        <translation>keine CSV-Datei: Dies ist eine Excel-Arbeitsmappe (.xlsx) oder ein anderes ZIP-Archiv; speichern Sie das Tabellenblatt als CSV und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>not a CSV file: this is an Excel 97-2003 workbook (.xls); save the sheet as CSV and import that</source>
        <translation>keine CSV-Datei: Dies ist eine Excel-97-2003-Arbeitsmappe (.xls); speichern Sie das Tabellenblatt als CSV und importieren Sie diese Datei</translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (a zero byte at offset %1)</source>
        <translation>keine CSV-Textdatei: Sie enthält Binärdaten (ein Nullbyte an Position %1)</translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (%1 control bytes in the first %2 bytes)</source>
        <translation>keine CSV-Textdatei: Sie enthält Binärdaten (%1 Steuerbytes in den ersten %2 Bytes)</translation>
    </message>
    <message>
        <source>cannot read the input after %1 bytes: %2</source>
        <translation>die Eingabe kann nach %1 Bytes nicht weiter gelesen werden: %2</translation>
    </message>
    <message>
        <source>unterminated quoted field starting at line %1</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen ab Zeile %1</translation>
    </message>
    <message>
        <source>quoted field starting at line %1 is still open after %2 MiB of text: its closing quote is probably missing</source>
        <translation>das Feld in Anführungszeichen ab Zeile %1 ist nach %2 MiB Text noch offen: Vermutlich fehlt das schließende Anführungszeichen</translation>
    </message>
    <message>
        <source>record starting at line %1 is longer than %2 MiB</source>
        <translation>der Datensatz ab Zeile %1 ist länger als %2 MiB</translation>
    </message>
</context>
<context>
    <name>gd::core::DealBook</name>
    <message>
        <source>a deal needs a one-line title of at most 200 characters</source>
        <translation>ein Deal benötigt einen einzeiligen Titel mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>company, next step and owner are one line of text each</source>
        <translation>Unternehmen, nächster Schritt und Verantwortlicher sind jeweils eine Textzeile</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation>„%1“ ist keine Deal-Phase (%2)</translation>
    </message>
    <message>
        <source>a deal&apos;s value is a number from 0 to 1,000,000,000,000</source>
        <translation>der Wert eines Deals ist eine Zahl von 0 bis 1.000.000.000.000</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR, USD)</source>
        <translation>„%1“ ist kein Währungscode nach ISO 4217 (z. B. EUR, USD)</translation>
    </message>
    <message>
        <source>no prospect with the address %1</source>
        <translation>kein Interessent mit der Adresse %1</translation>
    </message>
    <message>
        <source>created in stage %1</source>
        <translation>erstellt in Phase %1</translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation>verschoben von %1 nach %2</translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation>abgeschlossen: %1</translation>
    </message>
    <message>
        <source>decision %1: %2</source>
        <translation>Entscheidung %1: %2</translation>
    </message>
    <message>
        <source>no activity for %1 days in stage %2</source>
        <translation>seit %1 Tagen keine Aktivität in Phase %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MEDDPICC field (%2)</source>
        <translation>„%1“ ist kein MEDDPICC-Feld (%2)</translation>
    </message>
    <message>
        <source>a MEDDPICC field needs the evidence it rests on (a reply, a meeting note, a field)</source>
        <translation>ein MEDDPICC-Feld benötigt den Beleg, auf dem es beruht (eine Antwort, eine Terminnotiz, ein Feld)</translation>
    </message>
    <message>
        <source>no deal %1</source>
        <translation>kein Deal %1</translation>
    </message>
    <message>
        <source>stalled</source>
        <translation>stockt</translation>
    </message>
    <message>
        <source>at risk</source>
        <translation>gefährdet</translation>
    </message>
    <message>
        <source>the close date %1 passed %2 days ago in stage %3</source>
        <translation>das Abschlussdatum %1 ist vor %2 Tagen in Phase %3 verstrichen</translation>
    </message>
    <message>
        <source>meeting booked on %1 (decision %2)</source>
        <translation>Termin am %1 vereinbart (Entscheidung %2)</translation>
    </message>
    <message>
        <source>proposal emailed on %1: &quot;%2&quot;</source>
        <translation>Angebot am %1 per E-Mail gesendet: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>reply on %1 says &quot;%2&quot;: &quot;%3&quot;</source>
        <translation>Antwort vom %1 besagt &quot;%2&quot;: &quot;%3&quot;</translation>
    </message>
    <message>
        <source>interested reply on %1: &quot;%2&quot;</source>
        <translation>interessierte Antwort vom %1: &quot;%2&quot;</translation>
    </message>
    <message>
        <source>a win probability is a percentage from 0 to 100</source>
        <translation>eine Gewinnwahrscheinlichkeit ist ein Prozentwert von 0 bis 100</translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionEffect</name>
    <message>
        <source>the action has no %1, so a %2 cannot be carried out</source>
        <translation>die Aktion hat kein %1, daher kann %2 nicht ausgeführt werden</translation>
    </message>
    <message>
        <source>a %1 cannot be undone once carried out</source>
        <translation>%1 kann nach der Ausführung nicht rückgängig gemacht werden</translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionEngine</name>
    <message>
        <source>blocked: %1</source>
        <translation>blockiert: %1</translation>
    </message>
    <message>
        <source>the operator rejected this before and nothing changed since: %1</source>
        <translation>der Bediener hat dies bereits abgelehnt, und seitdem hat sich nichts geändert: %1</translation>
    </message>
    <message>
        <source>the matrix asks to review every %1</source>
        <translation>laut Matrix wird jede Entscheidung vom Typ %1 geprüft</translation>
    </message>
    <message>
        <source>level %1: an operator decides</source>
        <translation>Stufe %1: ein Bediener entscheidet</translation>
    </message>
    <message>
        <source>EUR %1 is above the hard ceiling of EUR %2</source>
        <translation>EUR %1 liegt über der harten Obergrenze von EUR %2</translation>
    </message>
    <message>
        <source>risk %1 is at or above the hard ceiling %2</source>
        <translation>Risiko %1 erreicht oder überschreitet die harte Obergrenze %2</translation>
    </message>
    <message>
        <source>EUR %1 is above the money limit of EUR %2</source>
        <translation>EUR %1 liegt über dem Betragslimit von EUR %2</translation>
    </message>
    <message>
        <source>risk is %1 and risky decisions are reviewed</source>
        <translation>Risiko ist %1, und riskante Entscheidungen werden geprüft</translation>
    </message>
    <message>
        <source>nothing learned about %1 yet: an operator decides until some are approved</source>
        <translation>zu %1 noch nichts gelernt: ein Bediener entscheidet, bis einige freigegeben wurden</translation>
    </message>
    <message>
        <source>risk %1 is at or above the learned threshold %2 (%3 examples)</source>
        <translation>Risiko %1 erreicht oder überschreitet die gelernte Schwelle %2 (%3 Beispiele)</translation>
    </message>
    <message>
        <source>within authority: level %1, risk %2 below the learned threshold %3</source>
        <translation>innerhalb der Befugnis: Stufe %1, Risiko %2 unter der gelernten Schwelle %3</translation>
    </message>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation>unbekannter Entscheidungstyp „%1“</translation>
    </message>
    <message>
        <source>the decision could not be stored</source>
        <translation>die Entscheidung konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>approval %1 expired at its deadline; the agent may propose it again</source>
        <translation>Freigabe %1 ist bei Fristende abgelaufen; der Agent kann die Aktion erneut vorschlagen</translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation>freigegeben von %1</translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation>kein Grund angegeben</translation>
    </message>
    <message>
        <source>%1 for %2 rejected: %3</source>
        <translation>%1 für %2 abgelehnt: %3</translation>
    </message>
    <message>
        <source>edited by %1 before approval</source>
        <translation>vor der Freigabe von %1 bearbeitet</translation>
    </message>
    <message>
        <source>no answer before the deadline</source>
        <translation>keine Antwort vor Fristende</translation>
    </message>
    <message>
        <source>there is no decision %1</source>
        <translation>es gibt keine Entscheidung %1</translation>
    </message>
    <message>
        <source>marked wrong</source>
        <translation>als falsch markiert</translation>
    </message>
    <message>
        <source>decision %1 has not been carried out, so there is nothing to undo</source>
        <translation>Entscheidung %1 wurde nicht ausgeführt, daher gibt es nichts rückgängig zu machen</translation>
    </message>
    <message>
        <source>a %1 cannot be undone once carried out</source>
        <translation>%1 kann nach der Ausführung nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation>rückgängig gemacht von %1</translation>
    </message>
    <message>
        <source>cannot be carried out: %1</source>
        <translation>kann nicht ausgeführt werden: %1</translation>
    </message>
    <message>
        <source>a proposal&apos;s id may only hold letters, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>die ID eines Vorschlags darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64)</translation>
    </message>
    <message>
        <source>the edited action is refused: %1</source>
        <translation>die bearbeitete Aktion wird abgelehnt: %1</translation>
    </message>
    <message>
        <source>the edited action commits EUR %1, above the hard ceiling of EUR %2; only the admin can raise the ceiling</source>
        <translation>die bearbeitete Aktion bindet EUR %1, über der harten Obergrenze von EUR %2; nur der Administrator kann die Obergrenze anheben</translation>
    </message>
    <message>
        <source>the edited action&apos;s risk %1 is at or above the hard ceiling %2 and above the original&apos;s %3</source>
        <translation>das Risiko %1 der bearbeiteten Aktion erreicht oder überschreitet die harte Obergrenze %2 und liegt über dem des Originals (%3)</translation>
    </message>
    <message>
        <source>decision %1 was undone already</source>
        <translation>Entscheidung %1 wurde bereits rückgängig gemacht</translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionStore</name>
    <message>
        <source>approval %1 is no longer pending</source>
        <translation>Freigabe %1 ist nicht mehr ausstehend</translation>
    </message>
    <message>
        <source>outbox item %1 was finished elsewhere</source>
        <translation>Postausgangseintrag %1 wurde an anderer Stelle abgeschlossen</translation>
    </message>
    <message>
        <source>outbox item %1 is not held</source>
        <translation>Postausgangseintrag %1 wird nicht zurückgehalten</translation>
    </message>
</context>
<context>
    <name>gd::core::Executor</name>
    <message>
        <source>no keychain to read the provider&apos;s API key from</source>
        <translation>kein Schlüsselbund, aus dem der API-Schlüssel des Anbieters gelesen werden kann</translation>
    </message>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation>unbekannter Entscheidungstyp „%1“</translation>
    </message>
    <message>
        <source>the action does not match its recorded hash (it was altered)</source>
        <translation>die Aktion stimmt nicht mit ihrem gespeicherten Hash überein (sie wurde verändert)</translation>
    </message>
    <message>
        <source>no approval matches this exact action</source>
        <translation>keine Freigabe passt zu genau dieser Aktion</translation>
    </message>
    <message>
        <source>the decision was not authorized to act without approval</source>
        <translation>die Entscheidung war nicht befugt, ohne Freigabe zu handeln</translation>
    </message>
    <message>
        <source>no keychain to read the mailbox password from</source>
        <translation>kein Schlüsselbund, aus dem das Postfachpasswort gelesen werden kann</translation>
    </message>
    <message>
        <source>no password in the keychain for %1</source>
        <translation>kein Passwort im Schlüsselbund für %1</translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation>der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::FunnelRate</name>
    <message>
        <source>positive replies per email</source>
        <translation>positive Antworten pro E-Mail</translation>
    </message>
    <message>
        <source>replies per email</source>
        <translation>Antworten pro E-Mail</translation>
    </message>
    <message>
        <source>meetings per positive reply</source>
        <translation>Termine pro positiver Antwort</translation>
    </message>
    <message>
        <source>deals per meeting</source>
        <translation>Deals pro Termin</translation>
    </message>
    <message>
        <source>deals won per deal closed</source>
        <translation>gewonnene Deals pro abgeschlossenem Deal</translation>
    </message>
    <message>
        <source>average deal value</source>
        <translation>durchschnittlicher Deal-Wert</translation>
    </message>
    <message>
        <source>%1: %2 (this workspace, %3 examples)</source>
        <translation>%1: %2 (dieser Arbeitsbereich, %3 Beispiele)</translation>
    </message>
    <message>
        <source>%1: %2 (default: %3 examples so far)</source>
        <translation>%1: %2 (Standard: bisher %3 Beispiele)</translation>
    </message>
</context>
<context>
    <name>gd::core::Goal</name>
    <message>
        <source>meetings booked</source>
        <translation>gebuchte Termine</translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation>Pipeline-Wert</translation>
    </message>
    <message>
        <source>revenue closed</source>
        <translation>abgeschlossener Umsatz</translation>
    </message>
    <message>
        <source>deals won</source>
        <translation>gewonnene Deals</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>positive replies</source>
        <translation>positive Antworten</translation>
    </message>
    <message>
        <source>emails sent</source>
        <translation>gesendete E-Mails</translation>
    </message>
    <message>
        <source>prospects researched</source>
        <translation>recherchierte Interessenten</translation>
    </message>
    <message>
        <source>win rate</source>
        <translation>Gewinnquote</translation>
    </message>
    <message>
        <source>response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <source>Not a goal yet: %1</source>
        <translation>Noch kein Ziel: %1</translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation>%1 %2 %3</translation>
    </message>
    <message>
        <source>a win rate of %1 %</source>
        <translation>eine Gewinnquote von %1 %</translation>
    </message>
    <message>
        <source>a response time of at most %1 hours</source>
        <translation>eine Antwortzeit von höchstens %1 Stunden</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>gd::core::GoalCap</name>
    <message>
        <source>goal %1: no discount beyond %2%</source>
        <translation>Ziel %1: kein Rabatt über %2%</translation>
    </message>
    <message>
        <source>goal %1: at most %2 emails a day</source>
        <translation>Ziel %1: höchstens %2 E-Mails pro Tag</translation>
    </message>
    <message>
        <source>goal %1: spend at most %2 %3</source>
        <translation>Ziel %1: höchstens %2 %3 ausgeben</translation>
    </message>
    <message>
        <source>goal %1: %2 %3</source>
        <translation>Ziel %1: %2 %3</translation>
    </message>
</context>
<context>
    <name>gd::core::GoalCascade</name>
    <message>
        <source>%1 is a rate: no volume to share out; progress is measured as it stands</source>
        <translation>%1 ist eine Quote: kein Volumen zu verteilen; der Fortschritt wird am aktuellen Stand gemessen</translation>
    </message>
    <message>
        <source>the target needs about %1 emails a working day, but the goal allows at most %2</source>
        <translation>die Zielvorgabe erfordert etwa %1 E-Mails pro Arbeitstag, das Ziel erlaubt aber höchstens %2</translation>
    </message>
    <message>
        <source>the budget in %1 is not enforced: spend is recorded in EUR</source>
        <translation>das Budget in %1 wird nicht durchgesetzt: Ausgaben werden in EUR erfasst</translation>
    </message>
    <message>
        <source>no segment named (industries, roles, regions or sizes): no campaign drafted</source>
        <translation>kein Segment genannt (Branchen, Rollen, Regionen oder Größen): keine Kampagne entworfen</translation>
    </message>
    <message>
        <source>drafted from goal %1: %2</source>
        <translation>aus Ziel %1 entworfen: %2</translation>
    </message>
    <message>
        <source>the segment could not become a campaign: %1</source>
        <translation>aus dem Segment konnte keine Kampagne erstellt werden: %1</translation>
    </message>
    <message>
        <source>goal %1, %2; %3 done so far</source>
        <translation>Ziel %1, %2; bisher %3 erledigt</translation>
    </message>
    <message>
        <source>goal %1 was removed</source>
        <translation>Ziel %1 wurde entfernt</translation>
    </message>
    <message>
        <source>campaign archived: goal %1 was removed</source>
        <translation>Kampagne archiviert: Ziel %1 wurde entfernt</translation>
    </message>
</context>
<context>
    <name>gd::core::GoalParser</name>
    <message>
        <source>no currency named: taken as %1</source>
        <translation>keine Währung genannt: als %1 angenommen</translation>
    </message>
    <message>
        <source>What should GreenDoor aim for? Name a result, a number and a date, e.g. &quot;20 meetings with logistics CFOs by end of March&quot; or &quot;EUR 200k pipeline by end of Q1&quot;.</source>
        <translation>Was soll GreenDoor anstreben? Nennen Sie ein Ergebnis, eine Zahl und ein Datum, z. B. „20 Termine mit Logistik-CFOs bis Ende März“ oder „EUR 200k Pipeline bis Ende Q1“.</translation>
    </message>
    <message>
        <source>How much %1, and in which currency?</source>
        <translation>Wie viel %1, und in welcher Währung?</translation>
    </message>
    <message>
        <source>How many %1 (a number)?</source>
        <translation>Wie viele %1 (eine Zahl)?</translation>
    </message>
    <message>
        <source>By when? For example &quot;by end of March&quot;, &quot;in 6 weeks&quot; or &quot;by 2027-02-15&quot;.</source>
        <translation>Bis wann? Zum Beispiel „bis Ende März“, „in 6 Wochen“ oder „bis 2027-02-15“.</translation>
    </message>
    <message>
        <source>The deadline %1 has passed: by when instead?</source>
        <translation>Die Frist %1 ist verstrichen: bis wann stattdessen?</translation>
    </message>
</context>
<context>
    <name>gd::core::GoalShare</name>
    <message>
        <source>%1: %2, %3 a week</source>
        <translation>%1: %2, %3 pro Woche</translation>
    </message>
</context>
<context>
    <name>gd::core::GoalStore</name>
    <message>
        <source>not a goal yet: %1</source>
        <translation>noch kein Ziel: %1</translation>
    </message>
    <message>
        <source>no goal %1</source>
        <translation>kein Ziel %1</translation>
    </message>
    <message>
        <source>%1 is not measured from events yet</source>
        <translation>%1 wird noch nicht aus Ereignissen gemessen</translation>
    </message>
    <message>
        <source>%1 of %2 %3; at this pace %4 by %5 (%6)</source>
        <translation>%1 von %2 %3; bei diesem Tempo %4 bis %5 (%6)</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>goal %1 aims for the same result with another target or date: %2</source>
        <translation>Ziel %1 strebt dasselbe Ergebnis mit anderem Zielwert oder Datum an: %2</translation>
    </message>
    <message>
        <source>goal %1 sets another limit: %2 (this one: %3)</source>
        <translation>Ziel %1 legt eine andere Einschränkung fest: %2 (dieses: %3)</translation>
    </message>
</context>
<context>
    <name>gd::core::GroundingChecker</name>
    <message>
        <source>the draft has no sentences</source>
        <translation>der Entwurf enthält keine Sätze</translation>
    </message>
    <message>
        <source>it names the number %1, which is in none of the facts</source>
        <translation>er nennt die Zahl %1, die in keiner der Tatsachen vorkommt</translation>
    </message>
    <message>
        <source>it names &quot;%1&quot;, who or which is in none of the facts</source>
        <translation>er nennt „%1“, das in keiner der Tatsachen vorkommt</translation>
    </message>
    <message>
        <source>sentence %1 cites &quot;%2&quot;, which is not one of the facts given</source>
        <translation>Satz %1 zitiert „%2“, das keine der angegebenen Tatsachen ist</translation>
    </message>
    <message>
        <source>sentence %1 cites %2 but says nothing that is in it: &quot;%3&quot;</source>
        <translation>Satz %1 zitiert %2, sagt aber nichts, was darin steht: „%3“</translation>
    </message>
    <message>
        <source>sentence %1 says something about the prospect without citing a fact: &quot;%2&quot;</source>
        <translation>Satz %1 sagt etwas über den Interessenten, ohne eine Tatsache zu zitieren: „%2“</translation>
    </message>
</context>
<context>
    <name>gd::core::IcpEval</name>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation>%1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation>%1 ist kein JSON-Objekt: %2</translation>
    </message>
    <message>
        <source>no labelled sites (folders with a label.json) in %1</source>
        <translation>keine annotierten Websites (Ordner mit einer label.json) in %1</translation>
    </message>
</context>
<context>
    <name>gd::core::ImapClient</name>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>unsupported folder name</source>
        <translation>nicht unterstützter Ordnername</translation>
    </message>
    <message>
        <source>invalid Message-ID</source>
        <translation>ungültige Message-ID</translation>
    </message>
</context>
<context>
    <name>gd::core::ImportRun</name>
    <message>
        <source>%1 has no header row: nothing to import</source>
        <translation>%1 hat keine Kopfzeile: Es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>no column holds an email address or a name (the columns are: %1). Map them in the import dialog.</source>
        <translation>keine Spalte enthält eine E-Mail-Adresse oder einen Namen (die Spalten sind: %1). Ordnen Sie die Spalten im Importdialog zu.</translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation>die Zeile hat %1 Felder, die Kopfzeile hat %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation>weder Name noch E-Mail-Adresse</translation>
    </message>
    <message>
        <source>%1 changed while it was being read (%2 bytes when the import started, %3 bytes now): nothing was imported. Import it again once it is complete.</source>
        <translation>%1 wurde während des Lesens geändert (%2 Bytes beim Start des Imports, jetzt %3 Bytes): Es wurde nichts importiert. Importieren Sie die Datei erneut, sobald sie vollständig ist.</translation>
    </message>
    <message>
        <source>the workspace is not an SQLite database</source>
        <translation>der Arbeitsbereich ist keine SQLite-Datenbank</translation>
    </message>
</context>
<context>
    <name>gd::core::MailSync</name>
    <message>
        <source>not a MIME message</source>
        <translation>keine MIME-Nachricht</translation>
    </message>
    <message>
        <source>(This message of %1 MB is over the %2 MB limit: only its headers were stored.)</source>
        <translation>(Diese Nachricht mit %1 MB überschreitet das Limit von %2 MB: nur ihre Kopfzeilen wurden gespeichert.)</translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation>die Nachricht konnte nicht gespeichert werden</translation>
    </message>
    <message>
        <source>mailbox %1 has no IMAP server: replies cannot be read</source>
        <translation>Postfach %1 hat keinen IMAP-Server: Antworten können nicht gelesen werden</translation>
    </message>
    <message>
        <source>the server returned nothing</source>
        <translation>der Server hat nichts zurückgegeben</translation>
    </message>
    <message>
        <source>the folder was renumbered during the sync; the next sync reads it again</source>
        <translation>der Ordner wurde während der Synchronisation neu nummeriert; die nächste Synchronisation liest ihn erneut</translation>
    </message>
    <message>
        <source>deleted from the server before it could be read</source>
        <translation>vom Server gelöscht, bevor sie gelesen werden konnte</translation>
    </message>
    <message>
        <source>%1 holds no .eml or .mbox files</source>
        <translation>%1 enthält keine .eml- oder .mbox-Dateien</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation>%1 ist größer als %2 MB</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>gd::core::Mailbox</name>
    <message>
        <source>a mailbox name is 1-64 letters, digits, dots, dashes or underscores</source>
        <translation>ein Postfachname besteht aus 1-64 Buchstaben, Ziffern, Punkten, Bindestrichen oder Unterstrichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>the display name may not hold control characters</source>
        <translation>der Anzeigename darf keine Steuerzeichen enthalten</translation>
    </message>
    <message>
        <source>the SMTP server must look like smtp://host:587 or smtps://host:465</source>
        <translation>der SMTP-Server muss wie smtp://host:587 oder smtps://host:465 aussehen</translation>
    </message>
    <message>
        <source>the IMAP server must look like imap://host:143 or imaps://host:993</source>
        <translation>der IMAP-Server muss wie imap://host:143 oder imaps://host:993 aussehen</translation>
    </message>
    <message>
        <source>a user name is needed to log in</source>
        <translation>zum Anmelden wird ein Benutzername benötigt</translation>
    </message>
    <message>
        <source>the daily cap must be between 1 and 2000</source>
        <translation>das Tageslimit muss zwischen 1 und 2000 liegen</translation>
    </message>
    <message>
        <source>the first day&apos;s cap must be between 1 and the daily cap</source>
        <translation>das Limit des ersten Tages muss zwischen 1 und dem Tageslimit liegen</translation>
    </message>
    <message>
        <source>the warm-up step must be between 0 and the daily cap</source>
        <translation>die Aufwärmschrittweite muss zwischen 0 und dem Tageslimit liegen</translation>
    </message>
    <message>
        <source>gaps between sends must be between 0 and 86400 seconds</source>
        <translation>die Abstände zwischen Sendungen müssen zwischen 0 und 86400 Sekunden liegen</translation>
    </message>
    <message>
        <source>the unsubscribe link must be an https URL</source>
        <translation>der Abmeldelink muss eine https-URL sein</translation>
    </message>
    <message>
        <source>the postal address is too long or holds control characters</source>
        <translation>die Postanschrift ist zu lang oder enthält Steuerzeichen</translation>
    </message>
    <message>
        <source>the Sent folder&apos;s name may not hold control characters</source>
        <translation>der Name des Gesendet-Ordners darf keine Steuerzeichen enthalten</translation>
    </message>
</context>
<context>
    <name>gd::core::MailboxCheck</name>
    <message>
        <source>could not read the SMTP server&apos;s certificate: %1</source>
        <translation>das Zertifikat des SMTP-Servers konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>could not read the IMAP server&apos;s certificate: %1</source>
        <translation>das Zertifikat des IMAP-Servers konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::MailboxStore</name>
    <message>
        <source>a mailbox named %1 exists already</source>
        <translation>ein Postfach namens %1 existiert bereits</translation>
    </message>
    <message>
        <source>%1 is already connected as mailbox %2</source>
        <translation>%1 ist bereits als Postfach %2 verbunden</translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation>kein Postfach namens %1</translation>
    </message>
</context>
<context>
    <name>gd::core::MemorySecretStore</name>
    <message>
        <source>Nothing is stored under &quot;%1&quot;</source>
        <translation>Unter „%1“ ist nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>gd::core::ModelSettings</name>
    <message>
        <source>the model&apos;s address is not a web address: %1</source>
        <translation>die Adresse des Modells ist keine Webadresse: %1</translation>
    </message>
    <message>
        <source>the model&apos;s address must start with http:// or https://</source>
        <translation>die Adresse des Modells muss mit http:// oder https:// beginnen</translation>
    </message>
    <message>
        <source>the API key would travel unencrypted: use https:// for a server that is not on this machine</source>
        <translation>der API-Schlüssel würde unverschlüsselt übertragen: verwenden Sie https:// für einen Server, der nicht auf diesem Rechner läuft</translation>
    </message>
    <message>
        <source>no model name is set</source>
        <translation>kein Modellname festgelegt</translation>
    </message>
</context>
<context>
    <name>gd::core::ModelSpend</name>
    <message>
        <source>the model budget of %1 EUR (provider.spend decision %2) waits for approval; until then the offline model answers</source>
        <translation>das Modellbudget von %1 EUR (provider.spend-Entscheidung %2) wartet auf Freigabe; bis dahin antwortet das Offline-Modell</translation>
    </message>
    <message>
        <source>the last model budget (provider.spend decision %1) was %2; no new one is proposed before %3</source>
        <translation>das letzte Modellbudget (provider.spend-Entscheidung %1) war %2; vor %3 wird kein neues vorgeschlagen</translation>
    </message>
    <message>
        <source>A budget of %1 EUR for calls to the language model %2 (%3 / %4 EUR per million tokens in / out). The first call (%5) would cost at most %6 EUR; every call&apos;s actual cost is booked against this budget in the spend ledger.</source>
        <translation>Ein Budget von %1 EUR für Aufrufe des Sprachmodells %2 (%3 / %4 EUR pro Million Tokens Eingabe / Ausgabe). Der erste Aufruf (%5) würde höchstens %6 EUR kosten; die tatsächlichen Kosten jedes Aufrufs werden im Ausgabenbuch auf dieses Budget verbucht.</translation>
    </message>
    <message>
        <source>the model budget %1 has no room left for a call costing up to %2 EUR</source>
        <translation>das Modellbudget %1 hat keinen Spielraum mehr für einen Aufruf, der bis zu %2 EUR kostet</translation>
    </message>
    <message>
        <source>a model budget of %1 EUR (provider.spend decision %2) is above what the agents may spend alone and waits for approval; until then the offline model answers (%3)</source>
        <translation>ein Modellbudget von %1 EUR (provider.spend-Entscheidung %2) übersteigt, was die Agenten allein ausgeben dürfen, und wartet auf Freigabe; bis dahin antwortet das Offline-Modell (%3)</translation>
    </message>
    <message>
        <source>a model budget of %1 EUR was refused by the authority matrix (provider.spend decision %2: %3)</source>
        <translation>ein Modellbudget von %1 EUR wurde von der Befugnismatrix verweigert (provider.spend-Entscheidung %2: %3)</translation>
    </message>
</context>
<context>
    <name>gd::core::OfflineModel</name>
    <message>
        <source>I read that your company describes itself as &quot;%1&quot;.</source>
        <translation>Ich habe gelesen, dass Ihr Unternehmen sich als „%1“ beschreibt.</translation>
    </message>
    <message>
        <source>I read that %1 describes itself as &quot;%2&quot;.</source>
        <translation>Ich habe gelesen, dass %1 sich als „%2“ beschreibt.</translation>
    </message>
    <message>
        <source>I read on your website: &quot;%1&quot;.</source>
        <translation>Auf Ihrer Website habe ich gelesen: „%1“.</translation>
    </message>
    <message>
        <source>As %1, you may be the right person to ask.</source>
        <translation>Als %1 sind Sie vielleicht die richtige Ansprechperson.</translation>
    </message>
    <message>
        <source>As %1, you may be the right person to ask about %2.</source>
        <translation>Als %1 sind Sie vielleicht die richtige Ansprechperson für %2.</translation>
    </message>
    <message>
        <source>We help with %1.</source>
        <translation>Wir helfen bei %1.</translation>
    </message>
    <message>
        <source>%1 helps with %2.</source>
        <translation>%1 hilft bei %2.</translation>
    </message>
    <message>
        <source>Would a short call next week be useful?</source>
        <translation>Wäre ein kurzes Telefonat nächste Woche hilfreich?</translation>
    </message>
    <message>
        <source>A quick question</source>
        <translation>Eine kurze Frage</translation>
    </message>
    <message>
        <source>A question for %1</source>
        <translation>Eine Frage an %1</translation>
    </message>
    <message>
        <source>Thank you for your reply. Would you like to suggest a time for a short call, or shall I send a few options?</source>
        <translation>Vielen Dank für Ihre Antwort. Möchten Sie einen Zeitpunkt für ein kurzes Telefonat vorschlagen, oder soll ich Ihnen einige Optionen senden?</translation>
    </message>
    <message>
        <source>Thank you for letting me know. I will get back to you later and will not write before then.</source>
        <translation>Vielen Dank für Ihre Rückmeldung. Ich melde mich später wieder bei Ihnen und schreibe bis dahin nicht.</translation>
    </message>
    <message>
        <source>Thank you for your honest answer. May I ask what would need to be true for this to be worth a conversation?</source>
        <translation>Vielen Dank für Ihre offene Antwort. Darf ich fragen, was gegeben sein müsste, damit sich ein Gespräch lohnt?</translation>
    </message>
    <message>
        <source>Thank you for pointing me to the right person; I will contact them directly.</source>
        <translation>Vielen Dank für den Hinweis auf die richtige Ansprechperson; ich werde mich direkt an sie wenden.</translation>
    </message>
    <message>
        <source>Understood, thank you for letting me know. I will not write to you again.</source>
        <translation>Verstanden, vielen Dank für Ihre Rückmeldung. Ich werde Ihnen nicht mehr schreiben.</translation>
    </message>
    <message>
        <source>the reply has no class; classify it first</source>
        <translation>die Antwort hat keine Klasse; klassifizieren Sie sie zuerst</translation>
    </message>
    <message>
        <source>an automatic reply or a bounce gets no answer</source>
        <translation>eine automatische Antwort oder ein Bounce wird nicht beantwortet</translation>
    </message>
    <message>
        <source>Re: your reply</source>
        <translation>Re: Ihre Antwort</translation>
    </message>
</context>
<context>
    <name>gd::core::OpenAiCompatibleModel</name>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>%1 answered without a choice: not the Chat Completions format</source>
        <translation>%1 hat ohne choice geantwortet: nicht das Chat-Completions-Format</translation>
    </message>
    <message>
        <source>the model declined (content filter)</source>
        <translation>das Modell hat abgelehnt (Inhaltsfilter)</translation>
    </message>
    <message>
        <source>the model declined: %1</source>
        <translation>das Modell hat abgelehnt: %1</translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB</source>
        <translation>%1 hat eine Antwort gesendet, die größer als %2 MB ist</translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation>%1 hat nicht innerhalb von %2 s geantwortet</translation>
    </message>
    <message>
        <source>could not reach %1 (%2)</source>
        <translation>%1 konnte nicht erreicht werden (%2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP 429 (too many requests)</source>
        <translation>%1 hat mit HTTP 429 geantwortet (zu viele Anfragen)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (server error)</source>
        <translation>%1 hat mit HTTP %2 geantwortet (Serverfehler)</translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2)</source>
        <translation>%1 hat den API-Schlüssel abgelehnt (HTTP %2)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation>%1 hat mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation>%1 hat mit HTTP %2 geantwortet: %3</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request</source>
        <translation>%1 bittet, vor der nächsten Anfrage %2 s zu warten</translation>
    </message>
    <message>
        <source>the model failed %1 times in a row, so GreenDoor skips it for another %2 s</source>
        <translation>das Modell ist %1-mal in Folge fehlgeschlagen, daher überspringt GreenDoor es für weitere %2 s</translation>
    </message>
    <message>
        <source>a paid model call needs a spend authorization, and none was given</source>
        <translation>ein kostenpflichtiger Modellaufruf benötigt eine Ausgabengenehmigung, und es wurde keine erteilt</translation>
    </message>
    <message>
        <source>%1, again after a repair request</source>
        <translation>%1, erneut nach einer Korrekturanfrage</translation>
    </message>
    <message>
        <source>prospect data is not sent to %1 (the switch &quot;send prospect data to the model&quot; is off for this workspace)</source>
        <translation>Interessentendaten werden nicht an %1 gesendet (der Schalter „Interessentendaten an das Modell senden“ ist für diesen Arbeitsbereich ausgeschaltet)</translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to GET /models</source>
        <translation>%1 hat auf GET /models mit HTTP %2 geantwortet</translation>
    </message>
    <message>
        <source>%1 did not answer GET /models with a model list (is this an OpenAI-compatible address, ending in /v1?)</source>
        <translation>%1 hat auf GET /models nicht mit einer Modellliste geantwortet (ist dies eine OpenAI-kompatible Adresse, die auf /v1 endet?)</translation>
    </message>
    <message>
        <source>the model&apos;s draft was rejected: %1</source>
        <translation>der Entwurf des Modells wurde verworfen: %1</translation>
    </message>
    <message>
        <source>the model&apos;s goal could not be read</source>
        <translation>das Ziel des Modells konnte nicht gelesen werden</translation>
    </message>
    <message>
        <source>%1 (no repair request: it could cost more than the %2 EUR authorized for this call)</source>
        <translation>%1 (keine Reparaturanfrage: sie könnte mehr kosten als die für diesen Aufruf genehmigten %2 EUR)</translation>
    </message>
    <message>
        <source>%1: the evidence &quot;%2&quot; is not the id of a sentence of the pages</source>
        <translation>%1: Der Beleg „%2“ ist nicht die ID eines Satzes der Seiten</translation>
    </message>
    <message>
        <source>&quot;deciding&quot; must quote the sentences of the reply that decided</source>
        <translation>„deciding“ muss die Sätze der Antwort zitieren, die entschieden haben</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quote from the reply</source>
        <translation>„%1“ ist kein Zitat aus der Antwort</translation>
    </message>
    <message>
        <source>the target %1 is not a number the objective names</source>
        <translation>Der Zielwert %1 ist keine Zahl, die das Vorhaben nennt</translation>
    </message>
    <message>
        <source>the deadline must be YYYY-MM-DD or &quot;&quot;</source>
        <translation>Die Frist muss JJJJ-MM-TT oder &quot;&quot; sein</translation>
    </message>
</context>
<context>
    <name>gd::core::OutputFile</name>
    <message>
        <source>no output file named</source>
        <translation>keine Ausgabedatei angegeben</translation>
    </message>
    <message>
        <source>%1 is the workspace (or one of its files): refusing to write over it</source>
        <translation>%1 ist der Arbeitsbereich (oder eine seiner Dateien): wird nicht überschrieben</translation>
    </message>
    <message>
        <source>%1 is a folder: name a file to write</source>
        <translation>%1 ist ein Ordner: geben Sie eine Datei zum Schreiben an</translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it</source>
        <translation>%1 existiert bereits: wählen Sie einen anderen Namen oder fügen Sie --force hinzu, um sie zu ersetzen</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation>kann nicht in die Standardausgabe schreiben: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::OutreachDrafter</name>
    <message>
        <source>the subject&apos;s {{%1}} is not a fact GreenDoor stores</source>
        <translation>{{%1}} im Betreff ist keine Tatsache, die GreenDoor speichert</translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <source>{{%1}} in &quot;%2&quot; is not a fact GreenDoor stores (known: %3)</source>
        <translation>{{%1}} in „%2“ ist keine Tatsache, die GreenDoor speichert (bekannt: %3)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2, which is not a fact GreenDoor stores</source>
        <translation>„%1“ benötigt %2, das keine Tatsache ist, die GreenDoor speichert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses %2 without naming it in needs</source>
        <translation>„%1“ verwendet %2, ohne es in needs anzugeben</translation>
    </message>
    <message>
        <source>the subject needs %1, which is not stored for this contact</source>
        <translation>der Betreff benötigt %1, das für diesen Kontakt nicht gespeichert ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2, which is not stored for this contact</source>
        <translation>„%1“ benötigt %2, das für diesen Kontakt nicht gespeichert ist</translation>
    </message>
    <message>
        <source>&quot;%1&quot; left out: no %2</source>
        <translation>„%1“ ausgelassen: kein %2</translation>
    </message>
    <message>
        <source>no sentence of the template could be filled</source>
        <translation>kein Satz der Vorlage konnte gefüllt werden</translation>
    </message>
</context>
<context>
    <name>gd::core::Proposal</name>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation>unbekannter Entscheidungstyp „%1“</translation>
    </message>
    <message>
        <source>a proposal needs a &quot;target&quot; (what the action is about)</source>
        <translation>ein Vorschlag benötigt ein &quot;target&quot; (worauf sich die Aktion bezieht)</translation>
    </message>
    <message>
        <source>a proposal&apos;s id may only hold letters, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation>die ID eines Vorschlags darf nur Buchstaben, Ziffern, &apos;_&apos; und &apos;-&apos; enthalten (höchstens 64)</translation>
    </message>
</context>
<context>
    <name>gd::core::ProspectImporter</name>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
</context>
<context>
    <name>gd::core::ProspectScorer</name>
    <message>
        <source>industry unknown</source>
        <translation>Branche unbekannt</translation>
    </message>
    <message>
        <source>+30 industry %1 matches the profile</source>
        <translation>+30 Branche %1 passt zum Profil</translation>
    </message>
    <message>
        <source>industry %1 is not in the profile</source>
        <translation>Branche %1 ist nicht im Profil</translation>
    </message>
    <message>
        <source>company size unknown</source>
        <translation>Unternehmensgröße unbekannt</translation>
    </message>
    <message>
        <source>+20 %1 employees (%2) fits</source>
        <translation>+20 Unternehmensgröße %1 Mitarbeiter (%2) passt</translation>
    </message>
    <message>
        <source>%1 employees (%2) is outside the profile&apos;s sizes</source>
        <translation>Unternehmensgröße %1 Mitarbeiter (%2) liegt außerhalb des Profils</translation>
    </message>
    <message>
        <source>title unknown</source>
        <translation>Position unbekannt</translation>
    </message>
    <message>
        <source>+25 &quot;%1&quot; is a %2 role</source>
        <translation>+25 „%1“ ist eine Rolle im Bereich %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target role</source>
        <translation>„%1“ ist keine Zielrolle</translation>
    </message>
    <message>
        <source>+10 seniority %1</source>
        <translation>+10 Hierarchieebene %1</translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation>Land unbekannt</translation>
    </message>
    <message>
        <source>+15 %1 is in the target regions</source>
        <translation>+15 %1 liegt in den Zielregionen</translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation>%1 liegt außerhalb von %2</translation>
    </message>
    <message>
        <source>+5 uses %1</source>
        <translation>+5 nutzt %1</translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation>ausgeschlossen: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::ProviderConnector</name>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation>die Antwort ist kein JSON-Objekt</translation>
    </message>
    <message>
        <source>the answer has no &quot;people&quot; list</source>
        <translation>die Antwort enthält keine Liste &quot;people&quot;</translation>
    </message>
    <message>
        <source>%1 has failed %2 times in a row, so GreenDoor sends it no requests for another %3 s</source>
        <translation>%1 ist %2-mal in Folge fehlgeschlagen, daher sendet GreenDoor für weitere %3 s keine Anfragen dorthin</translation>
    </message>
    <message>
        <source>%1 has failed %2 times in a row; a trial request is under way, try again shortly</source>
        <translation>%1 ist %2-mal in Folge fehlgeschlagen; eine Testanfrage läuft, versuchen Sie es gleich noch einmal</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Say which companies (domains) or which job titles to look for</source>
        <translation>Geben Sie an, nach welchen Unternehmen (Domains) oder Positionen gesucht werden soll</translation>
    </message>
    <message>
        <source>The page must be between 1 and 500</source>
        <translation>Die Seite muss zwischen 1 und 500 liegen</translation>
    </message>
    <message>
        <source>Between 1 and 100 people per page can be asked for</source>
        <translation>Pro Seite können zwischen 1 und 100 Personen angefordert werden</translation>
    </message>
    <message>
        <source>The address of %1 must start with https:// (the API key must not travel unencrypted): %2</source>
        <translation>Die Adresse von %1 muss mit https:// beginnen (der API-Schlüssel darf nicht unverschlüsselt übertragen werden): %2</translation>
    </message>
    <message>
        <source>%1 asked GreenDoor to pause; try again in %2 s</source>
        <translation>%1 hat GreenDoor um eine Pause gebeten; versuchen Sie es in %2 s erneut</translation>
    </message>
    <message>
        <source>The %1 API key could not be read: %2</source>
        <translation>Der API-Schlüssel für %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No API key for %1 is set. Add it under Settings → Data providers.</source>
        <translation>Für %1 ist kein API-Schlüssel festgelegt. Fügen Sie ihn unter Einstellungen → Datenanbieter hinzu.</translation>
    </message>
    <message>
        <source>The stored API key for %1 is not valid (it contains a line break). Enter it again under Settings → Data providers.</source>
        <translation>Der gespeicherte API-Schlüssel für %1 ist ungültig (er enthält einen Zeilenumbruch). Geben Sie ihn unter Einstellungen → Datenanbieter erneut ein.</translation>
    </message>
    <message>
        <source>Not authorized: spending %1 credits (%2 EUR) with %3 was not approved, so no search was made</source>
        <translation>Nicht autorisiert: Der Einsatz von %1 Credits (%2 EUR) bei %3 wurde nicht freigegeben, daher wurde keine Suche durchgeführt</translation>
    </message>
    <message>
        <source>%1. Last error: %2</source>
        <translation>%1. Letzter Fehler: %2</translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation>%1 (nach %2 Versuchen aufgegeben)</translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request; try again later</source>
        <translation>%1 bittet, vor der nächsten Anfrage %2 s zu warten; versuchen Sie es später erneut</translation>
    </message>
</context>
<context>
    <name>gd::core::ReplyActions</name>
    <message>
        <source>reply classified %1 (confidence %2)</source>
        <translation>Antwort als %1 klassifiziert (Konfidenz %2)</translation>
    </message>
    <message>
        <source>reply classified %1 (confidence %2): &quot;%3&quot;</source>
        <translation>Antwort als %1 klassifiziert (Konfidenz %2): „%3“</translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation>abgemeldet</translation>
    </message>
    <message>
        <source>hard bounce %1</source>
        <translation>Hard Bounce %1</translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation>(kein Status)</translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation>abwesend bis %1</translation>
    </message>
    <message>
        <source>out of office, no return date named: paused %1 days</source>
        <translation>abwesend, kein Rückkehrdatum genannt: %1 Tage pausiert</translation>
    </message>
    <message>
        <source>referred us to someone else</source>
        <translation>hat uns an jemand anderen verwiesen</translation>
    </message>
    <message>
        <source>Call: %1 and %2</source>
        <translation>Telefonat: %1 und %2</translation>
    </message>
    <message>
        <source>Following up on your reply to &quot;%1&quot;.</source>
        <translation>Bezugnehmend auf Ihre Antwort auf „%1“.</translation>
    </message>
    <message>
        <source>interested: a meeting is proposed</source>
        <translation>interessiert: ein Termin wird vorgeschlagen</translation>
    </message>
    <message>
        <source>objection: waiting for the answer to it</source>
        <translation>Einwand: wartet auf die Antwort darauf</translation>
    </message>
    <message>
        <source>%1 said not now; take it up again on %2</source>
        <translation>%1 sagte „jetzt nicht“; am %2 wieder aufnehmen</translation>
    </message>
    <message>
        <source>%1 said not now without a date; take it up again in %2 days</source>
        <translation>%1 sagte „jetzt nicht“ ohne Datum; in %2 Tagen wieder aufnehmen</translation>
    </message>
    <message>
        <source>not now: until %1</source>
        <translation>jetzt nicht: bis %1</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>nicht interessiert</translation>
    </message>
    <message>
        <source>a calendar invitation for that time is attached</source>
        <translation>eine Kalendereinladung für diesen Zeitpunkt ist angehängt</translation>
    </message>
    <message>
        <source>The answer was written by the language model %1 from the stored facts and the reply only; the grounding check found every claim in a cited fact.</source>
        <translation>Die Antwort wurde vom Sprachmodell %1 ausschließlich aus den gespeicherten Fakten und der Antwort verfasst; die Faktenprüfung hat jede Aussage in einem zitierten Fakt gefunden.</translation>
    </message>
    <message>
        <source>The answer was written from the template: %1.</source>
        <translation>Die Antwort wurde aus der Vorlage verfasst: %1.</translation>
    </message>
    <message>
        <source>interested reply %1</source>
        <translation>interessierte Antwort %1</translation>
    </message>
    <message>
        <source>%1 - interested reply</source>
        <translation>%1 - interessierte Antwort</translation>
    </message>
    <message>
        <source>call proposed for %1</source>
        <translation>Gespräch vorgeschlagen für %1</translation>
    </message>
</context>
<context>
    <name>gd::core::ReplyClassifier</name>
    <message>
        <source>line %1: unknown reply class %2</source>
        <translation>Zeile %1: unbekannte Antwortklasse %2</translation>
    </message>
    <message>
        <source>the reply has no text of its own</source>
        <translation>die Antwort enthält keinen eigenen Text</translation>
    </message>
</context>
<context>
    <name>gd::core::ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
</context>
<context>
    <name>gd::core::ReportPrivacy</name>
    <message>
        <source>a suppressed contact</source>
        <translation>ein gesperrter Kontakt</translation>
    </message>
</context>
<context>
    <name>gd::core::ReportRequest</name>
    <message>
        <source>unknown report kind &quot;%1&quot; (one of: %2)</source>
        <translation>Unbekannte Berichtsart „%1“ (eine von: %2)</translation>
    </message>
    <message>
        <source>--from must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--from muss ein Datum im Format YYYY-MM-DD sein, nicht „%1“</translation>
    </message>
    <message>
        <source>--to must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation>--to muss ein Datum im Format YYYY-MM-DD sein, nicht „%1“</translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation>Der Zeitraum endet (%1), bevor er beginnt (%2)</translation>
    </message>
    <message>
        <source>a report covers at most five years</source>
        <translation>Ein Bericht umfasst höchstens fünf Jahre</translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;</source>
        <translation>--format muss pdf oder csv sein, nicht „%1“</translation>
    </message>
</context>
<context>
    <name>gd::core::Reports</name>
    <message>
        <source>unknown report kind &quot;%1&quot;</source>
        <translation>Unbekannte Berichtsart „%1“</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Suppressed and erased people appear as &quot;%1&quot;: the report holds no name or address of theirs.</source>
        <translation>Gesperrte und gelöschte Personen erscheinen als „%1“: Der Bericht enthält weder ihren Namen noch ihre Adresse.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>The table above shows the first %1 rows; the CSV export of this report holds all of them.</source>
        <translation>Die Tabelle oben zeigt die ersten %1 Zeilen; der CSV-Export dieses Berichts enthält alle.</translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation>In diesem Zeitraum ist nichts passiert.</translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation>PDF kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>Workspace: %1
Period: %2
Created: %3</source>
        <translation>Arbeitsbereich: %1
Zeitraum: %2
Erstellt: %3</translation>
    </message>
    <message>
        <source>GreenDoor report</source>
        <translation>GreenDoor-Bericht</translation>
    </message>
</context>
<context>
    <name>gd::core::RiskEngine</name>
    <message>
        <source>unknown decision type %1</source>
        <translation>unbekannter Entscheidungstyp %1</translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation>%1 unbekannt</translation>
    </message>
    <message>
        <source>discount unknown</source>
        <translation>Rabatt unbekannt</translation>
    </message>
    <message>
        <source>discount %1% &gt; %2% limit</source>
        <translation>Rabatt %1% &gt; Limit von %2%</translation>
    </message>
    <message>
        <source>discount %1% of a %2% limit</source>
        <translation>Rabatt %1% bei einem Limit von %2%</translation>
    </message>
    <message>
        <source>deal value unknown, so the discount&apos;s cost is unknown</source>
        <translation>Deal-Wert unbekannt, daher sind die Kosten des Rabatts unbekannt</translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation>Betrag unbekannt</translation>
    </message>
    <message>
        <source>%1 &gt; %2 limit</source>
        <translation>%1 &gt; Limit von %2</translation>
    </message>
    <message>
        <source>%1 of a %2 limit</source>
        <translation>%1 bei einem Limit von %2</translation>
    </message>
    <message>
        <source>%1 with no money limit set</source>
        <translation>%1 ohne festgelegtes Betragslimit</translation>
    </message>
    <message>
        <source>recipient unknown</source>
        <translation>Empfänger unbekannt</translation>
    </message>
    <message>
        <source>no recipient to check consent for</source>
        <translation>kein Empfänger, für den die Einwilligung geprüft werden kann</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation>„%1“ ist keine gültige E-Mail-Adresse</translation>
    </message>
    <message>
        <source>contact opted out %1 (%2)</source>
        <translation>Kontakt hat sich am %1 abgemeldet (%2)</translation>
    </message>
    <message>
        <source>%1 is not a known prospect</source>
        <translation>%1 ist kein bekannter Interessent</translation>
    </message>
    <message>
        <source>%1 email in 5 days to this contact</source>
        <translation>%1 E-Mail innerhalb von 5 Tagen an diesen Kontakt</translation>
    </message>
    <message>
        <source>%1 emails in 30 days to this contact</source>
        <translation>%1 E-Mails innerhalb von 30 Tagen an diesen Kontakt</translation>
    </message>
    <message>
        <source>a &quot;first&quot; touch to a contact emailed %1 times this month</source>
        <translation>„Erstkontakt“ mit einem Kontakt, der diesen Monat bereits %1-mal angeschrieben wurde</translation>
    </message>
    <message>
        <source>cold contact (health %1)</source>
        <translation>kalter Kontakt (Zustand %1)</translation>
    </message>
    <message>
        <source>no lawful basis recorded for contacting this person</source>
        <translation>keine Rechtsgrundlage für die Kontaktaufnahme mit dieser Person erfasst</translation>
    </message>
    <message>
        <source>the contact asked to unsubscribe</source>
        <translation>der Kontakt hat um Abmeldung gebeten</translation>
    </message>
    <message>
        <source>replying to a &quot;not interested&quot; answer</source>
        <translation>Antwort auf ein „kein Interesse“</translation>
    </message>
    <message>
        <source>replying to an objection</source>
        <translation>Antwort auf einen Einwand</translation>
    </message>
    <message>
        <source>deal worth %1</source>
        <translation>Deal im Wert von %1</translation>
    </message>
    <message>
        <source>unknown target stage</source>
        <translation>unbekannte Zielphase</translation>
    </message>
    <message>
        <source>moves the deal backwards</source>
        <translation>verschiebt den Deal zurück</translation>
    </message>
    <message>
        <source>closes the deal through a stage move</source>
        <translation>schließt den Deal per Phasenwechsel ab</translation>
    </message>
    <message>
        <source>closing a deal is final</source>
        <translation>der Abschluss eines Deals ist endgültig</translation>
    </message>
    <message>
        <source>marks the deal lost</source>
        <translation>markiert den Deal als verloren</translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation>%1 Empfänger</translation>
    </message>
    <message>
        <source>%1 more than doubled (%2 to %3)</source>
        <translation>%1 mehr als verdoppelt (%2 auf %3)</translation>
    </message>
    <message>
        <source>raises %1</source>
        <translation>erhöht %1</translation>
    </message>
    <message>
        <source>exports personal data</source>
        <translation>exportiert personenbezogene Daten</translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation>%1 Datensätze</translation>
    </message>
    <message>
        <source>erasing personal data cannot be undone</source>
        <translation>das Löschen personenbezogener Daten kann nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>the amount is too large to judge</source>
        <translation>der Betrag ist zu groß, um ihn zu beurteilen</translation>
    </message>
</context>
<context>
    <name>gd::core::SecretStore</name>
    <message>
        <source>Internal error: a blocking secret read on the secret store&apos;s own thread would never finish</source>
        <translation>Interner Fehler: Ein blockierender Lesezugriff auf ein Geheimnis im eigenen Thread des Geheimnisspeichers würde nie enden</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The secret store did not answer in time</source>
        <translation>Der Geheimnisspeicher hat nicht rechtzeitig geantwortet</translation>
    </message>
    <message>
        <source>The secret store was closed before it answered</source>
        <translation>Der Geheimnisspeicher wurde geschlossen, bevor er geantwortet hat</translation>
    </message>
    <message>
        <source>The keychain is not available (simulated by the test store)</source>
        <translation>Der Schlüsselbund ist nicht verfügbar (vom Testspeicher simuliert)</translation>
    </message>
</context>
<context>
    <name>gd::core::SendGate</name>
    <message>
        <source>daily cap of %1 reached for mailbox %2; next slot %3</source>
        <translation>Tageslimit von %1 für Postfach %2 erreicht; nächster Zeitpunkt %3</translation>
    </message>
    <message>
        <source>waiting %1 s between sends from mailbox %2; next slot %3</source>
        <translation>%1 s Wartezeit zwischen Sendungen aus Postfach %2; nächster Zeitpunkt %3</translation>
    </message>
    <message>
        <source>outside the sending window %1 in %2&apos;s time (%3); next slot %4</source>
        <translation>außerhalb des Sendefensters %1 in der Zeit von %2 (%3); nächster Zeitpunkt %4</translation>
    </message>
    <message>
        <source>domain cap of %1 a day reached for %2; next slot %3</source>
        <translation>Domainlimit von %1 pro Tag für %2 erreicht; nächster Zeitpunkt %3</translation>
    </message>
    <message>
        <source>%1 reached; next slot %2</source>
        <translation>%1 erreicht; nächstes Zeitfenster %2</translation>
    </message>
</context>
<context>
    <name>gd::core::SequenceEngine</name>
    <message>
        <source>%1 days ago</source>
        <translation>vor %1 Tagen</translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation>vor %1 Stunden</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1: the stored definition is not valid: %2</source>
        <translation>%1: die gespeicherte Definition ist nicht gültig: %2</translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation>aufgenommen</translation>
    </message>
    <message>
        <source>skipped: on the suppression list (%1)</source>
        <translation>übersprungen: auf der Sperrliste (%1)</translation>
    </message>
    <message>
        <source>skipped: replied %1</source>
        <translation>übersprungen: hat %1 geantwortet</translation>
    </message>
    <message>
        <source>skipped: in campaign %1</source>
        <translation>übersprungen: in Kampagne %1</translation>
    </message>
    <message>
        <source>%1: %2 not enrolled: %3</source>
        <translation>%1: %2 nicht aufgenommen: %3</translation>
    </message>
    <message>
        <source>resumed: the pause ended %1</source>
        <translation>fortgesetzt: die Pause endete am %1</translation>
    </message>
    <message>
        <source>ended: unsubscribed</source>
        <translation>beendet: abgemeldet</translation>
    </message>
    <message>
        <source>ended: on the suppression list (%1)</source>
        <translation>beendet: auf der Sperrliste (%1)</translation>
    </message>
    <message>
        <source>ended: bounced</source>
        <translation>beendet: unzustellbar</translation>
    </message>
    <message>
        <source>ended: unsubscribed %1</source>
        <translation>beendet: %1 abgemeldet</translation>
    </message>
    <message>
        <source>ended: replied %1</source>
        <translation>beendet: hat %1 geantwortet</translation>
    </message>
    <message>
        <source>ended: meeting booked %1</source>
        <translation>beendet: Termin %1 gebucht</translation>
    </message>
    <message>
        <source>ended: the step %1 email was %2</source>
        <translation>beendet: die E-Mail von Schritt %1 war %2</translation>
    </message>
    <message>
        <source>waiting: step %1 not sent yet</source>
        <translation>wartend: Schritt %1 noch nicht gesendet</translation>
    </message>
    <message>
        <source>ended: step %1 was not sent (%2)</source>
        <translation>beendet: Schritt %1 wurde nicht gesendet (%2)</translation>
    </message>
    <message>
        <source>finished: all %1 steps sent</source>
        <translation>abgeschlossen: alle %1 Schritte gesendet</translation>
    </message>
    <message>
        <source>waiting: step %1 due %2</source>
        <translation>wartend: Schritt %1 fällig am %2</translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation>zurückgehalten: %1</translation>
    </message>
    <message>
        <source>the step has no content</source>
        <translation>der Schritt hat keinen Inhalt</translation>
    </message>
    <message>
        <source>Step %1 (%2) of campaign %3, variant %4; every sentence about %5 rests on a stored fact.</source>
        <translation>Schritt %1 (%2) von Kampagne %3, Variante %4; jeder Satz über %5 beruht auf einer gespeicherten Tatsache.</translation>
    </message>
    <message>
        <source>%1: %2 could not be proposed: %3</source>
        <translation>%1: %2 konnte nicht vorgeschlagen werden: %3</translation>
    </message>
    <message>
        <source>ended: refused: %1</source>
        <translation>beendet: abgelehnt: %1</translation>
    </message>
    <message>
        <source>waiting: step %1 awaits approval</source>
        <translation>wartend: Schritt %1 wartet auf Freigabe</translation>
    </message>
</context>
<context>
    <name>gd::core::ServerCertificate</name>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht gestartet werden</translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation>der Server hat kein Zertifikat vorgelegt</translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation>das Zertifikat des Servers konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>gd::core::SmtpTransport</name>
    <message>
        <source>libcurl could not start</source>
        <translation>libcurl konnte nicht gestartet werden</translation>
    </message>
</context>
<context>
    <name>gd::core::SuppressionStore</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor @domain</source>
        <translation>„%1“ ist weder eine E-Mail-Adresse noch @domain</translation>
    </message>
    <message>
        <source>%1 is not on that suppression list</source>
        <translation>%1 steht nicht auf dieser Sperrliste</translation>
    </message>
</context>
<context>
    <name>gd::core::Workspace</name>
    <message>
        <source>%1 already exists.</source>
        <translation>%1 existiert bereits.</translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation>Unter %1 befindet sich kein Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation>%1 ist ein Ordner, keine Arbeitsbereichsdatei.</translation>
    </message>
    <message>
        <source>%1 cannot be written (check the permissions of the file and its folder). It was left untouched.</source>
        <translation>%1 kann nicht geschrieben werden (prüfen Sie die Berechtigungen der Datei und ihres Ordners). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create a workspace in %1: the folder is not writable.</source>
        <translation>In %1 kann kein Arbeitsbereich angelegt werden: Der Ordner ist nicht beschreibbar.</translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation>In %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 was written by a newer GreenDoor (schema version %2). It was left untouched.</source>
        <translation>%1 wurde von einer neueren GreenDoor-Version geschrieben (Schemaversion %2). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Could not prepare %1: %2. Nothing was changed.</source>
        <translation>%1 konnte nicht vorbereitet werden: %2. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. It was left untouched.</source>
        <translation>%1 ist ein symbolischer Link auf %2, das nicht existiert. Er wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation>%1 kann nicht angelegt werden: %2</translation>
    </message>
</context>
<context>
    <name>gd::core::effects</name>
    <message>
        <source>there is no deal %1</source>
        <translation>es gibt keinen Deal %1</translation>
    </message>
    <message>
        <source>there is no deal %1 any more</source>
        <translation>es gibt keinen Deal %1 mehr</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>personal data is exported or erased for one person, named by their email address, not &quot;%1&quot;</source>
        <translation>personenbezogene Daten werden für eine Person exportiert oder gelöscht, die über ihre E-Mail-Adresse angegeben wird, nicht „%1“</translation>
    </message>
    <message>
        <source>To stop these emails, reply with &quot;unsubscribe&quot;.</source>
        <translation>Um diese E-Mails abzubestellen, antworten Sie mit „unsubscribe“.</translation>
    </message>
    <message>
        <source>To stop these emails, reply with &quot;unsubscribe&quot; or open %1</source>
        <translation>Um diese E-Mails abzubestellen, antworten Sie mit „unsubscribe“ oder öffnen Sie %1</translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation>kein Postfach namens %1</translation>
    </message>
    <message>
        <source>closing a deal won or lost needs a &quot;reason&quot; (why it was won or lost)</source>
        <translation>Das Abschließen eines Deals als gewonnen oder verloren erfordert einen „reason“ (warum er gewonnen oder verloren wurde)</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::CampaignLaunchEffect</name>
    <message>
        <source>a campaign needs a one-line name of at most 200 characters</source>
        <translation>eine Kampagne benötigt einen einzeiligen Namen mit höchstens 200 Zeichen</translation>
    </message>
    <message>
        <source>there is no campaign named %1</source>
        <translation>es gibt keine Kampagne namens %1</translation>
    </message>
    <message>
        <source>there is no campaign named %1 (create it with `campaign create`)</source>
        <translation>es gibt keine Kampagne namens %1 (erstellen Sie sie mit `campaign create`)</translation>
    </message>
    <message>
        <source>campaign %1 cannot start: %2</source>
        <translation>Kampagne %1 kann nicht starten: %2</translation>
    </message>
    <message>
        <source>campaign %1 is finished</source>
        <translation>Kampagne %1 ist beendet</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DataExportEffect</name>
    <message>
        <source>nothing is held about %1</source>
        <translation>über %1 ist nichts gespeichert</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DealCloseEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation>es gibt keinen Deal %1 mehr</translation>
    </message>
    <message>
        <source>a deal closes &quot;won&quot; or &quot;lost&quot;, not &quot;%1&quot;</source>
        <translation>ein Deal wird mit „won“ oder „lost“ abgeschlossen, nicht mit „%1“</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DealMoveStageEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation>es gibt keinen Deal %1 mehr</translation>
    </message>
    <message>
        <source>the stage before this move was not recorded, so it cannot be undone</source>
        <translation>die Phase vor diesem Wechsel wurde nicht gespeichert, daher kann er nicht rückgängig gemacht werden</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation>„%1“ ist keine Deal-Phase (%2)</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DiscountEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation>es gibt keinen Deal %1 mehr</translation>
    </message>
    <message>
        <source>a discount is a number of percent between 0 and 100</source>
        <translation>ein Rabatt ist eine Prozentzahl zwischen 0 und 100</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::EmailEffect</name>
    <message>
        <source>&quot;%1&quot; is not a list of valid email addresses</source>
        <translation>„%1“ ist keine Liste gültiger E-Mail-Adressen</translation>
    </message>
    <message>
        <source>the target %1 is not among the recipients (%2)</source>
        <translation>das Ziel %1 ist nicht unter den Empfängern (%2)</translation>
    </message>
    <message>
        <source>the subject must be a single line of text</source>
        <translation>der Betreff muss eine einzelne Textzeile sein</translation>
    </message>
    <message>
        <source>the email&apos;s headers are not valid</source>
        <translation>die Kopfzeilen der E-Mail sind ungültig</translation>
    </message>
    <message>
        <source>the email cannot be built: %1</source>
        <translation>die E-Mail kann nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>%1 must be a single line of text</source>
        <translation>%1 muss eine einzelne Textzeile sein</translation>
    </message>
    <message>
        <source>mailbox %1 was removed while email %2 from it may have left; resolve it by hand</source>
        <translation>Postfach %1 wurde entfernt, während E-Mail %2 daraus möglicherweise versendet wurde; klären Sie dies manuell</translation>
    </message>
    <message>
        <source>no mailbox is connected: written to a file, not sent</source>
        <translation>kein Postfach verbunden: in eine Datei geschrieben, nicht gesendet</translation>
    </message>
    <message>
        <source>mailbox %1 has no IMAP server to look in its Sent folder</source>
        <translation>Postfach %1 hat keinen IMAP-Server, um im Gesendet-Ordner nachzusehen</translation>
    </message>
    <message>
        <source>the IMAP server could not be asked: %1</source>
        <translation>der IMAP-Server konnte nicht abgefragt werden: %1</translation>
    </message>
    <message>
        <source>no Sent folder found (tried %1)</source>
        <translation>kein Gesendet-Ordner gefunden (versucht: %1)</translation>
    </message>
    <message>
        <source>bounced: %1</source>
        <translation>unzustellbar: %1</translation>
    </message>
    <message>
        <source>mailbox %1 is paused: %2</source>
        <translation>Postfach %1 ist angehalten: %2</translation>
    </message>
    <message>
        <source>mailbox %1 cannot log in: %2</source>
        <translation>Postfach %1 kann sich nicht anmelden: %2</translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation>kein Schlüsselbund</translation>
    </message>
    <message>
        <source>found in %1 after an interrupted send</source>
        <translation>nach einem unterbrochenen Versand in %1 gefunden</translation>
    </message>
    <message>
        <source>email %1 was interrupted mid-send and is not in %2 yet; looking again before sending it again (the server may still be filing it)</source>
        <translation>E-Mail %1 wurde während des Versands unterbrochen und ist noch nicht in %2; vor einem erneuten Versand wird nochmals nachgesehen (der Server legt sie möglicherweise noch ab)</translation>
    </message>
    <message>
        <source>email %1 may have left before GreenDoor stopped: it is not in %2, but mailbox %3&apos;s server does not file sent mail itself; check and run `outbox resolve` with --sent or --resend</source>
        <translation>E-Mail %1 wurde möglicherweise versendet, bevor GreenDoor anhielt: sie ist nicht in %2, aber der Server von Postfach %3 legt gesendete E-Mails nicht selbst ab; prüfen Sie dies und führen Sie `outbox resolve` mit --sent oder --resend aus</translation>
    </message>
    <message>
        <source>email %1 may have left before GreenDoor stopped and it cannot be checked (%2); check and run `outbox resolve` with --sent or --resend</source>
        <translation>E-Mail %1 wurde möglicherweise versendet, bevor GreenDoor anhielt, und dies kann nicht geprüft werden (%2); prüfen Sie dies und führen Sie `outbox resolve` mit --sent oder --resend aus</translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2)</source>
        <translation>%1 steht auf der Sperrliste (%2)</translation>
    </message>
    <message>
        <source>the server went silent after receiving email %1; checking the Sent folder before any resend</source>
        <translation>der Server antwortete nach dem Empfang von E-Mail %1 nicht mehr; vor einem erneuten Versand wird der Gesendet-Ordner geprüft</translation>
    </message>
    <message>
        <source>%1 (paused after a failed send; fix the settings, then `mailbox resume %2`)</source>
        <translation>%1 (nach einem fehlgeschlagenen Versand angehalten; korrigieren Sie die Einstellungen, dann `mailbox resume %2`)</translation>
    </message>
    <message>
        <source>the mail server refused for now: %1</source>
        <translation>der Mailserver hat vorerst abgelehnt: %1</translation>
    </message>
    <message>
        <source>the mail server refused the email: %1</source>
        <translation>der Mailserver hat die E-Mail abgelehnt: %1</translation>
    </message>
    <message>
        <source>the SMTP server of mailbox %1 cannot be reached (%2); next try %3</source>
        <translation>der SMTP-Server von Postfach %1 ist nicht erreichbar (%2); nächster Versuch %3</translation>
    </message>
    <message>
        <source>the invitation is not valid: %1</source>
        <translation>Die Einladung ist ungültig: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::LimitsChangeEffect</name>
    <message>
        <source>&quot;%1&quot; is not a limit name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ ist kein Limitname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>a limit&apos;s new value must be a number of at least 0</source>
        <translation>der neue Wert eines Limits muss eine Zahl von mindestens 0 sein</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::MeetingEffect</name>
    <message>
        <source>the invitation cannot be built: %1</source>
        <translation>die Einladung kann nicht erstellt werden: %1</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::ProspectAddEffect</name>
    <message>
        <source>referred by %1 (message %2)</source>
        <translation>empfohlen von %1 (Nachricht %2)</translation>
    </message>
    <message>
        <source>a new prospect needs an email address or a name, not &quot;%1&quot;</source>
        <translation>ein neuer Interessent benötigt eine E-Mail-Adresse oder einen Namen, nicht „%1“</translation>
    </message>
    <message>
        <source>the %1 must be one short line</source>
        <translation>%1 muss eine kurze Zeile sein</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::ProviderSpendEffect</name>
    <message>
        <source>&quot;%1&quot; is not a provider name</source>
        <translation>„%1“ ist kein Anbietername</translation>
    </message>
    <message>
        <source>the action names provider &quot;%1&quot; but the target is &quot;%2&quot;</source>
        <translation>die Aktion nennt den Anbieter „%1“, aber das Ziel ist „%2“</translation>
    </message>
    <message>
        <source>the amount must be a number of EUR between 0 and %1</source>
        <translation>der Betrag muss eine Zahl in EUR zwischen 0 und %1 sein</translation>
    </message>
    <message>
        <source>credits must be a positive number</source>
        <translation>Credits müssen eine positive Zahl sein</translation>
    </message>
    <message>
        <source>the search must be a JSON object</source>
        <translation>die Suche muss ein JSON-Objekt sein</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::ReminderEffect</name>
    <message>
        <source>a reminder needs the contact&apos;s email address as its target, not &quot;%1&quot;</source>
        <translation>eine Erinnerung benötigt die E-Mail-Adresse des Kontakts als Ziel, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ISO 8601, e.g. 2026-03-02)</source>
        <translation>„%1“ ist kein Datum (ISO 8601, z. B. 2026-03-02)</translation>
    </message>
    <message>
        <source>a reminder&apos;s note holds at most 2000 characters</source>
        <translation>die Notiz einer Erinnerung umfasst höchstens 2000 Zeichen</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::SequenceEffect</name>
    <message>
        <source>a sequence needs the contact&apos;s email address as its target, not &quot;%1&quot;</source>
        <translation>eine Sequenz benötigt die E-Mail-Adresse des Kontakts als Ziel, nicht „%1“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sequence name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation>„%1“ ist kein Sequenzname (Buchstaben, Ziffern, &apos;.&apos;, &apos;_&apos; und &apos;-&apos;)</translation>
    </message>
    <message>
        <source>ended: stopped by a decision</source>
        <translation>beendet: durch eine Entscheidung gestoppt</translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation>beendet: %1</translation>
    </message>
    <message>
        <source>%1 is already in the live sequence %2; a contact is in one sequence at a time</source>
        <translation>%1 ist bereits in der laufenden Sequenz %2; ein Kontakt ist jeweils nur in einer Sequenz</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date to pause until (ISO 8601, e.g. 2026-03-02)</source>
        <translation>„%1“ ist kein Datum, bis zu dem pausiert werden kann (ISO 8601, z. B. 2026-03-02)</translation>
    </message>
    <message>
        <source>the reason must be a single line of text</source>
        <translation>der Grund muss eine einzelne Textzeile sein</translation>
    </message>
</context>
<context>
    <name>gd::core::effects::SuppressionEffect</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain</source>
        <translation>„%1“ ist weder eine E-Mail-Adresse noch eine Domain</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign name</source>
        <translation>„%1“ ist kein Kampagnenname</translation>
    </message>
    <message>
        <source>the %1 must be one short line</source>
        <translation>%1 muss eine kurze Zeile sein</translation>
    </message>
</context>
<context>
    <name>gd::core::jsonschema</name>
    <message>
        <source>%1: expected %2</source>
        <translation>%1: %2 erwartet</translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation>%1: muss einer der folgenden Werte sein: %2</translation>
    </message>
    <message>
        <source>%1: below the minimum</source>
        <translation>%1: unter dem Minimum</translation>
    </message>
    <message>
        <source>%1: above the maximum</source>
        <translation>%1: über dem Maximum</translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation>%1: länger als %2 Zeichen</translation>
    </message>
    <message>
        <source>%1: missing &quot;%2&quot;</source>
        <translation>%1: „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation>%1: mehr als %2 Einträge</translation>
    </message>
</context>
<context>
    <name>gd::core::reports</name>
    <message>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>acted alone</source>
        <translation>eigenständig gehandelt</translation>
    </message>
    <message>
        <source>queued for approval</source>
        <translation>zur Freigabe eingereiht</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
</context>
<context>
    <name>gd::core::reports::ActivityReport</name>
    <message>
        <source>Activity report</source>
        <translation>Aktivitätsbericht</translation>
    </message>
    <message>
        <source>%1 emails sent, %2 replies (%3 interested), %4 meetings booked, %5 deals opened, %6 won.</source>
        <translation>%1 E-Mails gesendet, %2 Antworten (%3 interessiert), %4 Termine vereinbart, %5 Deals eröffnet, %6 gewonnen.</translation>
    </message>
    <message>
        <source>Emails sent and replies per week</source>
        <translation>Gesendete E-Mails und Antworten pro Woche</translation>
    </message>
    <message>
        <source>messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation>Gesendete E-Mails</translation>
    </message>
    <message>
        <source>Replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Interested</source>
        <translation>Interessiert</translation>
    </message>
    <message>
        <source>Replies by class per week</source>
        <translation>Antworten nach Klasse pro Woche</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Funnel (all time, as the dashboard shows it)</source>
        <translation>Trichter (gesamter Zeitraum, wie im Dashboard angezeigt)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Anzahl</translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation>Woche für Woche</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Interested replies</source>
        <translation>Interessierte Antworten</translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation>Vereinbarte Termine</translation>
    </message>
    <message>
        <source>Deals opened</source>
        <translation>Eröffnete Deals</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>Gewonnene Deals</translation>
    </message>
</context>
<context>
    <name>gd::core::reports::AuditReport</name>
    <message>
        <source>Audit trail report</source>
        <translation>Prüfprotokoll-Bericht</translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 rows in all, head %2.</source>
        <translation>Die Prüfkette ist intakt: insgesamt %1 Zeilen, Kopf %2.</translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at row %1: %2</source>
        <translation>Die Prüfkette ist in Zeile %1 UNTERBROCHEN: %2</translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation>Ereignisse im Zeitraum</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>%1 audit rows in the period.</source>
        <translation>%1 Protokollzeilen im Zeitraum.</translation>
    </message>
    <message>
        <source>Audit rows per week</source>
        <translation>Protokollzeilen pro Woche</translation>
    </message>
    <message>
        <source>rows</source>
        <translation>Zeilen</translation>
    </message>
    <message>
        <source>The trail</source>
        <translation>Das Protokoll</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>gd::core::reports::DecisionsReport</name>
    <message>
        <source>Decisions report</source>
        <translation>Entscheidungsbericht</translation>
    </message>
    <message>
        <source>By decision type</source>
        <translation>Nach Entscheidungstyp</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Acted alone</source>
        <translation>Eigenständig gehandelt</translation>
    </message>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Carried out</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Average risk</source>
        <translation>Durchschnittliches Risiko</translation>
    </message>
    <message>
        <source>%1 decisions proposed; the agents acted alone on %2 of those allowed (aim: at least 85 %), people overrode %3 of what they reviewed (aim: under 10 %).</source>
        <translation>%1 Entscheidungen vorgeschlagen; die Agenten handelten bei %2 der zulässigen eigenständig (Ziel: mindestens 85 %), Personen übersteuerten %3 der von ihnen geprüften (Ziel: unter 10 %).</translation>
    </message>
    <message>
        <source>Autonomy and override rate per week</source>
        <translation>Autonomie- und Übersteuerungsquote pro Woche</translation>
    </message>
    <message>
        <source>percent</source>
        <translation>Prozent</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation>Übersteuerungen</translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation>Entscheidungen pro Woche</translation>
    </message>
    <message>
        <source>decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation>Entscheidungen</translation>
    </message>
    <message>
        <source>Every decision in the period</source>
        <translation>Alle Entscheidungen im Zeitraum</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>About</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>Risikostufe</translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation>Entscheidungs-ID</translation>
    </message>
</context>
<context>
    <name>gd::core::reports::GoalsReport</name>
    <message>
        <source>Goals report</source>
        <translation>Zielbericht</translation>
    </message>
    <message>
        <source>Goals: where they are and where the pace leads (as of %1)</source>
        <translation>Ziele: Stand und Prognose beim aktuellen Tempo (Stand %1)</translation>
    </message>
    <message>
        <source>share of target, percent</source>
        <translation>Anteil am Zielwert, Prozent</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>At this pace by the deadline</source>
        <translation>Bei diesem Tempo bis zur Frist</translation>
    </message>
    <message>
        <source>%1 goals; %2 behind their pace.</source>
        <translation>%1 Ziele; %2 hinter ihrem Tempo.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Objective</source>
        <translation>Vorhaben</translation>
    </message>
    <message>
        <source>Metric</source>
        <translation>Kennzahl</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Zielwert</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Expected now</source>
        <translation>Aktuell erwartet</translation>
    </message>
    <message>
        <source>Projected</source>
        <translation>Prognostiziert</translation>
    </message>
    <message>
        <source>On track</source>
        <translation>Im Plan</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
</context>
<context>
    <name>gd::core::reports::PipelineReport</name>
    <message>
        <source>Pipeline report</source>
        <translation>Pipeline-Bericht</translation>
    </message>
    <message>
        <source>Pipeline by stage (%1), as it stands now</source>
        <translation>Pipeline nach Phase (%1), aktueller Stand</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>Deals</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>Wahrscheinlichkeit</translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation>Gewichteter Wert</translation>
    </message>
    <message>
        <source>Pipeline value by stage (%1)</source>
        <translation>Pipeline-Wert nach Phase (%1)</translation>
    </message>
    <message>
        <source>%1 open deals worth %2 %3 (weighted %4 %3).</source>
        <translation>%1 offene Deals im Wert von %2 %3 (gewichtet %4 %3).</translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation>Im Zeitraum abgeschlossen</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Stage moves per week</source>
        <translation>Phasenwechsel pro Woche</translation>
    </message>
    <message>
        <source>moves</source>
        <translation>Wechsel</translation>
    </message>
    <message>
        <source>Stage moves</source>
        <translation>Phasenwechsel</translation>
    </message>
    <message>
        <source>Deals open during the period</source>
        <translation>Im Zeitraum offene Deals</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>Abschluss</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
</context>
<context>
    <name>gd::ui::AgentDetailPane</name>
    <message>
        <source>Accepts:</source>
        <translation>Akzeptiert:</translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation>Kennzahlen:</translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation>Letzte Aufgaben</translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation>Letzte Nachrichten</translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation>Kein Agent ausgewählt</translation>
    </message>
    <message>
        <source>Pause agent</source>
        <translation>Agent pausieren</translation>
    </message>
    <message>
        <source>handled %1, failed %2, restarts %3
handling p50 %4 ms, p99 %5 ms
delivery p50 %6 ms, p99 %7 ms</source>
        <translation>Bearbeitet %1, fehlgeschlagen %2, Neustarts %3
Bearbeitung p50 %4 ms, p99 %5 ms
Zustellung p50 %6 ms, p99 %7 ms</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Resume agent</source>
        <translation>Agent fortsetzen</translation>
    </message>
</context>
<context>
    <name>gd::ui::AgentTableModel</name>
    <message>
        <source>Idle</source>
        <translation>Leerlauf</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitet</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation>Startet neu</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Gestoppt</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation>Letzter Fehler: %1</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Current task</source>
        <translation>Aktuelle Aufgabe</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation>p99-Latenz</translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation>Lebenszeichen</translation>
    </message>
</context>
<context>
    <name>gd::ui::ApprovalQueueModel</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation>%1 d</translation>
    </message>
    <message>
        <source>Age</source>
        <translation>Alter</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>gd::ui::ApprovalQueueView</name>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <source>Approve exactly the action shown (Ctrl+Enter)</source>
        <translation>Genau die angezeigte Aktion freigeben (Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation>&amp;Ablehnen...</translation>
    </message>
    <message>
        <source>Reject with a reason the agent is told (Ctrl+Del)</source>
        <translation>Mit einer Begründung ablehnen, die der Agent erhält (Strg+Entf)</translation>
    </message>
    <message>
        <source>&amp;Edit and Approve...</source>
        <translation>&amp;Bearbeiten und freigeben...</translation>
    </message>
    <message>
        <source>Mark &amp;Wrong...</source>
        <translation>Als falsch &amp;markieren...</translation>
    </message>
    <message>
        <source>Say a carried-out decision was wrong: GreenDoor becomes more cautious with its kind</source>
        <translation>Eine ausgeführte Entscheidung als falsch kennzeichnen: GreenDoor wird bei Entscheidungen dieser Art vorsichtiger</translation>
    </message>
    <message>
        <source>Mark wrong</source>
        <translation>Als falsch markieren</translation>
    </message>
    <message>
        <source>What was wrong with it?</source>
        <translation>Was war daran falsch?</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig machen</translation>
    </message>
    <message>
        <source>Reverse a carried-out decision where its action allows it</source>
        <translation>Eine ausgeführte Entscheidung rückgängig machen, sofern ihre Aktion das zulässt</translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation>Warten auf Sie</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Freigegeben</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>Abgelehnt</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Done on their own</source>
        <translation>Eigenständig erledigt</translation>
    </message>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>The exact action:</source>
        <translation>Die genaue Aktion:</translation>
    </message>
    <message>
        <source>Select an item to see why it waits.</source>
        <translation>Wählen Sie einen Eintrag aus, um zu sehen, warum er wartet.</translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation>
            <numerusform>%n Eintrag ausgewählt</numerusform>
            <numerusform>%n Einträge ausgewählt</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation>%1 für %2</translation>
    </message>
    <message>
        <source>Combined risk:</source>
        <translation>Gesamtrisiko:</translation>
    </message>
    <message>
        <source>Financial</source>
        <translation>Finanziell</translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation>Beziehung</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation>Strategisch</translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation>Antwort:</translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation>An: %1
Betreff: %2

%3</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Rückgängig machen</translation>
    </message>
    <message>
        <source>Why? The agent is told, and will not propose the same again unless something changes.</source>
        <translation>Warum? Der Agent erfährt den Grund und schlägt dasselbe erst wieder vor, wenn sich etwas ändert.</translation>
    </message>
    <message>
        <source>Edit, then approve</source>
        <translation>Bearbeiten und freigeben</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Betreff:</translation>
    </message>
    <message>
        <source>Body:</source>
        <translation>Text:</translation>
    </message>
    <message>
        <source>Action (JSON):</source>
        <translation>Aktion (JSON):</translation>
    </message>
    <message>
        <source>Save and Approve</source>
        <translation>Speichern und freigeben</translation>
    </message>
    <message>
        <source>The action is not valid JSON: %1</source>
        <translation>Die Aktion ist kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>What each sentence rests on:</source>
        <translation>Worauf jeder Satz beruht:</translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation>Satz</translation>
    </message>
    <message>
        <source>Fact</source>
        <translation>Tatsache</translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation>Gespeicherter Wert</translation>
    </message>
    <message>
        <source>no fact: about us / the ask</source>
        <translation>keine Tatsache: über uns / das Anliegen</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>von %1</translation>
    </message>
    <message numerus="yes">
        <source>Attached: calendar invitation &quot;%1&quot;, %2 (%3), %n minute(s)</source>
        <translation>
            <numerusform>Angehängt: Kalendereinladung &quot;%1&quot;, %2 (%3), %n Minute</numerusform>
            <numerusform>Angehängt: Kalendereinladung &quot;%1&quot;, %2 (%3), %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>Why it waits, the agent&apos;s reasoning and the risk:</source>
        <translation>Warum es wartet, die Begründung des Agenten und das Risiko:</translation>
    </message>
    <message>
        <source>%1 proposed this:</source>
        <translation>Vorgeschlagen von %1:</translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditModel</name>
    <message>
        <source>hash %1</source>
        <translation>Hash %1</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Who</source>
        <translation>Wer</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Was</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Was geschah</translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditView</name>
    <message>
        <source>Filter by who, what or details...</source>
        <translation>Nach Wer, Was oder Details filtern...</translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation>Kette prüfen</translation>
    </message>
    <message>
        <source>Export...</source>
        <translation>Exportieren...</translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation>Prüfprotokoll exportieren</translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation>CSV (*.csv);;JSON (*.json)</translation>
    </message>
    <message>
        <source>Intact: %1 rows, chain head %2</source>
        <translation>Intakt: %1 Zeilen, Kettenkopf %2</translation>
    </message>
    <message>
        <source>BROKEN at row %1: %2</source>
        <translation>BESCHÄDIGT bei Zeile %1: %2</translation>
    </message>
    <message>
        <source>Verifying the chain...</source>
        <translation>Kette wird geprüft...</translation>
    </message>
    <message>
        <source>Raw JSON</source>
        <translation>Roh-JSON</translation>
    </message>
    <message>
        <source>Show the selected row exactly as the audit log stores and hashes it</source>
        <translation>Die ausgewählte Zeile genau so anzeigen, wie das Prüfprotokoll sie speichert und hasht</translation>
    </message>
    <message>
        <source>Select a row to see its details as stored.</source>
        <translation>Wählen Sie eine Zeile aus, um ihre gespeicherten Details zu sehen.</translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignContactsModel</name>
    <message>
        <source>%1 (updated %2)</source>
        <translation>%1 (aktualisiert %2)</translation>
    </message>
    <message>
        <source>done (%1 of %2)</source>
        <translation>erledigt (%1 von %2)</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Nächster Schritt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignsModel</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Beendet</translation>
    </message>
    <message>
        <source>first unpaused</source>
        <translation>erstes nicht angehaltenes</translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation>Kampagne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation>Aufgenommen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignsView</name>
    <message>
        <source>A campaign sends a sequence of steps to a segment of prospects from your mailbox. Starting one is a decision an operator approves; each contact gets each step at most once, and a reply, a bounce, an unsubscribe or a meeting ends their sequence.</source>
        <translation>Eine Kampagne sendet eine Abfolge von Schritten aus Ihrem Postfach an ein Segment von Interessenten. Der Start ist eine Entscheidung, die ein Bediener freigibt; jeder Kontakt erhält jeden Schritt höchstens einmal, und eine Antwort, ein Bounce, eine Abmeldung oder ein Termin beendet seine Sequenz.</translation>
    </message>
    <message>
        <source>Start...</source>
        <translation>Starten...</translation>
    </message>
    <message>
        <source>Propose the launch: it waits in the approval queue until an operator approves it.</source>
        <translation>Start vorschlagen: er wartet in der Freigabewarteschlange, bis ein Bediener ihn freigibt.</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>Pausieren</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Select a campaign to see its figures and contacts.</source>
        <translation>Wählen Sie eine Kampagne aus, um ihre Zahlen und Kontakte zu sehen.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Zugestellt</translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation>Unzustellbar</translation>
    </message>
    <message>
        <source>Replied</source>
        <translation>Geantwortet</translation>
    </message>
    <message>
        <source>Positive</source>
        <translation>Positiv</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Termine</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1: %2 {1.?}</translation>
    </message>
    <message>
        <source>%1. %2 after %3 business days</source>
        <translation>%1. %2 nach %3 Werktagen</translation>
    </message>
    <message>
        <source>%1 - %2. Segment: %3 prospects now, %4 enrolled, %5 in a live sequence. Steps: %6.</source>
        <translation>%1 - %2. Segment: derzeit %3 Interessenten, %4 aufgenommen, %5 in einer laufenden Sequenz. Schritte: %6.</translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation>%1 wurde nicht gestartet: %2</translation>
    </message>
    <message>
        <source>The launch of %1 (%2 prospects now) waits in the approval queue; the campaign becomes active once it is approved and carried out.</source>
        <translation>Der Start von %1 (derzeit %2 Interessenten) wartet in der Freigabewarteschlange; die Kampagne wird aktiv, sobald er freigegeben und ausgeführt ist.</translation>
    </message>
    <message>
        <source>%1 will start: its launch is within the agents&apos; authority.</source>
        <translation>%1 wird gestartet: der Start liegt in der Befugnis der Agenten.</translation>
    </message>
    <message>
        <source>The launch of %1 was refused: %2</source>
        <translation>Der Start von %1 wurde abgelehnt: %2</translation>
    </message>
    <message>
        <source>%1 was not paused: %2</source>
        <translation>%1 wurde nicht angehalten: %2</translation>
    </message>
    <message>
        <source>Stop this campaign&apos;s emails at once: none is proposed, emails already approved are held in the outbox until it is started again; emails waiting for approval stay in the queue.</source>
        <translation>Die E-Mails dieser Kampagne sofort stoppen: Es wird keine vorgeschlagen, bereits freigegebene E-Mails werden im Postausgang zurückgehalten, bis sie wieder gestartet wird; E-Mails, die auf Freigabe warten, bleiben in der Warteschlange.</translation>
    </message>
    <message>
        <source>%1 paused: no new email of it is proposed. %2 already approved are held until it is started again; %3 wait in the approval queue.</source>
        <translation>%1 pausiert: Es werden keine neuen E-Mails daraus vorgeschlagen. %2 bereits freigegebene werden zurückgehalten, bis sie wieder gestartet wird; %3 warten in der Freigabe-Warteschlange.</translation>
    </message>
</context>
<context>
    <name>gd::ui::ConversationModel</name>
    <message>
        <source>interested</source>
        <translation>interessiert</translation>
    </message>
    <message>
        <source>not interested</source>
        <translation>nicht interessiert</translation>
    </message>
    <message>
        <source>not now</source>
        <translation>jetzt nicht</translation>
    </message>
    <message>
        <source>objection</source>
        <translation>Einwand</translation>
    </message>
    <message>
        <source>out of office</source>
        <translation>abwesend</translation>
    </message>
    <message>
        <source>referral</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation>Abmeldung</translation>
    </message>
    <message>
        <source>bounce</source>
        <translation>Bounce</translation>
    </message>
    <message>
        <source>no reply yet</source>
        <translation>noch keine Antwort</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Zuletzt</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Ungelesen</translation>
    </message>
</context>
<context>
    <name>gd::ui::ConversationsView</name>
    <message>
        <source>Contact&apos;s email address...</source>
        <translation>E-Mail-Adresse des Kontakts...</translation>
    </message>
    <message>
        <source>Check mail now</source>
        <translation>E-Mails jetzt abrufen</translation>
    </message>
    <message>
        <source>Review reply draft...</source>
        <translation>Antwortentwurf prüfen...</translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation>Wählen Sie eine Unterhaltung aus, um sie zu lesen.</translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation>
            <numerusform>%n Unterhaltung</numerusform>
            <numerusform>%n Unterhaltungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation>Unterhaltung mit %1</translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation>Gesendet an %1</translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation>Antwort von %1</translation>
    </message>
    <message>
        <source>Because:</source>
        <translation>Weil:</translation>
    </message>
    <message>
        <source>Back on %1</source>
        <translation>Zurück am %1</translation>
    </message>
    <message>
        <source>Refers to %1 %2</source>
        <translation>Verweist auf %1 %2</translation>
    </message>
    <message>
        <source>Hard bounce %1 for %2</source>
        <translation>Hard Bounce %1 für %2</translation>
    </message>
    <message>
        <source>Soft bounce %1 for %2</source>
        <translation>Soft Bounce %1 für %2</translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), not stored</source>
        <translation>
            <numerusform>%n Anhang, nicht gespeichert</numerusform>
            <numerusform>%n Anhänge, nicht gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>carried out by the agents</source>
        <translation>von den Agenten ausgeführt</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>abgelehnt</translation>
    </message>
    <message>
        <source>approval: %1</source>
        <translation>Freigabe: %1</translation>
    </message>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
</context>
<context>
    <name>gd::ui::DashboardView</name>
    <message>
        <source>Goal progress against its pace</source>
        <translation>Zielfortschritt im Vergleich zum Soll-Tempo</translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation>Trichter</translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation>Pipeline nach Phase</translation>
    </message>
    <message>
        <source>Replies by class per week</source>
        <translation>Antworten nach Klasse pro Woche</translation>
    </message>
    <message>
        <source>Save Chart as PNG...</source>
        <translation>Diagramm als PNG speichern...</translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation>Diagramm speichern</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>no such chart</source>
        <translation>kein solches Diagramm</translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation>Das Diagramm konnte nicht unter %1 gespeichert werden.</translation>
    </message>
    <message>
        <source>Set a goal to see progress against its pace.</source>
        <translation>Legen Sie ein Ziel fest, um den Fortschritt im Vergleich zum Soll-Tempo zu sehen.</translation>
    </message>
    <message>
        <source>people or deals</source>
        <translation>Personen oder Deals</translation>
    </message>
    <message>
        <source>Replies by class per week (none yet)</source>
        <translation>Antworten nach Klasse pro Woche (noch keine)</translation>
    </message>
    <message>
        <source>overridden</source>
        <translation>übersteuert</translation>
    </message>
    <message>
        <source>&amp;Set a Goal...</source>
        <translation>&amp;Ziel festlegen...</translation>
    </message>
    <message>
        <source>Set a Goal</source>
        <translation>Ziel festlegen</translation>
    </message>
    <message>
        <source>What do you want to achieve? For example: &quot;Land 15 meetings with heads of operations at Benelux logistics firms by end of January, at most 30 emails a day&quot;</source>
        <translation>Was möchten Sie erreichen? Zum Beispiel: „15 Termine mit Leitern des operativen Geschäfts bei Logistikunternehmen in Benelux bis Ende Januar, höchstens 30 E-Mails pro Tag“</translation>
    </message>
    <message>
        <source>GreenDoor understood: %1</source>
        <translation>GreenDoor hat verstanden: %1</translation>
    </message>
    <message>
        <source>industries: %1</source>
        <translation>Branchen: %1</translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation>Rollen: %1</translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation>Regionen: %1</translation>
    </message>
    <message>
        <source>limit: %1</source>
        <translation>Grenze: %1</translation>
    </message>
    <message>
        <source>Keep this goal?</source>
        <translation>Dieses Ziel übernehmen?</translation>
    </message>
    <message>
        <source>Goal added; it conflicts with: %1</source>
        <translation>Ziel hinzugefügt; es steht im Konflikt mit: %1</translation>
    </message>
    <message>
        <source>No goal yet: Set a Goal...</source>
        <translation>Noch kein Ziel: Ziel festlegen...</translation>
    </message>
    <message>
        <source>%1 (millions)</source>
        <translation>%1 (Millionen)</translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation>%1 (Tausend)</translation>
    </message>
    <message>
        <source>W%1</source>
        <translation>KW%1</translation>
    </message>
    <message>
        <source>week (Mondays %1 to %2)</source>
        <translation>Woche (Montage %1 bis %2)</translation>
    </message>
    <message>
        <source>Save Charts...</source>
        <translation>Diagramme speichern...</translation>
    </message>
    <message>
        <source>Save every chart as a PNG image into a folder</source>
        <translation>Jedes Diagramm als PNG-Bild in einem Ordner speichern</translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation>Diagramme speichern</translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) saved to %1</source>
        <translation>
            <numerusform>%n Diagramm in %1 gespeichert</numerusform>
            <numerusform>%n Diagramme in %1 gespeichert</numerusform>
        </translation>
    </message>
    <message>
        <source>Open pipeline by stage, week by week</source>
        <translation>Offene Pipeline nach Phase, Woche für Woche</translation>
    </message>
    <message>
        <source>Reply rate per campaign and variant (95 % interval)</source>
        <translation>Antwortrate pro Kampagne und Variante (95 % Intervall)</translation>
    </message>
    <message>
        <source>Autonomy and overrides per week</source>
        <translation>Autonomie und Übersteuerungen pro Woche</translation>
    </message>
    <message>
        <source>Agent throughput (last 24 h)</source>
        <translation>Agenten-Durchsatz (letzte 24 h)</translation>
    </message>
    <message>
        <source>Agent latency (last 24 h)</source>
        <translation>Agenten-Latenz (letzte 24 h)</translation>
    </message>
    <message>
        <source>Updated %1 (read in %2 ms)</source>
        <translation>Aktualisiert %1 (gelesen in %2 ms)</translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>steady pace to %1</source>
        <translation>gleichmäßiges Tempo bis %1</translation>
    </message>
    <message>
        <source>reached</source>
        <translation>erreicht</translation>
    </message>
    <message>
        <source>at this pace: on track</source>
        <translation>bei diesem Tempo: im Plan</translation>
    </message>
    <message>
        <source>at this pace: behind</source>
        <translation>bei diesem Tempo: im Rückstand</translation>
    </message>
    <message>
        <source>Funnel: prospects to won deals</source>
        <translation>Trichter: von Interessenten zu gewonnenen Deals</translation>
    </message>
    <message>
        <source>Pipeline by stage, now</source>
        <translation>Pipeline nach Phase, aktuell</translation>
    </message>
    <message>
        <source>value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>weighted by win probability</source>
        <translation>gewichtet nach Abschlusswahrscheinlichkeit</translation>
    </message>
    <message>
        <source>%1; deals in brackets</source>
        <translation>%1; Deals in Klammern</translation>
    </message>
    <message>
        <source>replies</source>
        <translation>Antworten</translation>
    </message>
    <message>
        <source>Reply rates by campaign and variant</source>
        <translation>Antwortraten nach Kampagne und Variante</translation>
    </message>
    <message>
        <source>replied</source>
        <translation>beantwortet</translation>
    </message>
    <message>
        <source>positive</source>
        <translation>positiv</translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation>Variante %1</translation>
    </message>
    <message>
        <source>% of delivered (95 % interval)</source>
        <translation>% der zugestellten (95 % Intervall)</translation>
    </message>
    <message>
        <source>alone</source>
        <translation>allein</translation>
    </message>
    <message>
        <source>aim ≥ %1 %</source>
        <translation>Ziel ≥ %1 %</translation>
    </message>
    <message>
        <source>aim under %1 %</source>
        <translation>Ziel unter %1 %</translation>
    </message>
    <message>
        <source>Agent latency (no metric snapshots yet)</source>
        <translation>Agenten-Latenz (noch keine Metrik-Snapshots)</translation>
    </message>
    <message>
        <source>Agent latency: median handling time (last 24 h)</source>
        <translation>Agenten-Latenz: mittlere Bearbeitungszeit (Median, letzte 24 h)</translation>
    </message>
    <message>
        <source>Agent throughput (no metric snapshots yet)</source>
        <translation>Agenten-Durchsatz (noch keine Metrik-Snapshots)</translation>
    </message>
    <message>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <source>messages per hour</source>
        <translation>Nachrichten pro Stunde</translation>
    </message>
    <message>
        <source>Which goal the chart shows: its progress, the pace line and where this pace leads</source>
        <translation>Welches Ziel das Diagramm zeigt: seinen Fortschritt, die Tempolinie und wohin dieses Tempo führt</translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation>&amp;Ziel:</translation>
    </message>
    <message>
        <source>&amp;Remove Goal...</source>
        <translation>Ziel &amp;entfernen...</translation>
    </message>
    <message>
        <source>Remove the goal shown, with its limits on decisions, its agents&apos; tasks not yet run and its campaign (deleted if it never ran, archived if it did)</source>
        <translation>Das angezeigte Ziel entfernen, mit seinen Grenzen für Entscheidungen, den noch nicht ausgeführten Aufgaben seiner Agenten und seiner Kampagne (gelöscht, wenn sie nie lief, archiviert, wenn doch)</translation>
    </message>
    <message>
        <source>alone: share of the week&apos;s decisions the agents could carry out without an approval; overridden: share of the week&apos;s reviewed approvals that were rejected or edited</source>
        <translation>allein: Anteil der Entscheidungen der Woche, die die Agenten ohne Freigabe ausführen durften; übersteuert: Anteil der geprüften Freigaben der Woche, die abgelehnt oder bearbeitet wurden</translation>
    </message>
    <message>
        <source>Each deal counted in the stage it was in at the end of each week, from its stage history. Values are the deals&apos; current values: GreenDoor does not record changes of a deal&apos;s value.</source>
        <translation>Jeder Deal zählt in der Phase, in der er am Ende der jeweiligen Woche war, laut seinem Phasenverlauf. Die Werte sind die aktuellen Werte der Deals: GreenDoor zeichnet Änderungen am Wert eines Deals nicht auf.</translation>
    </message>
    <message>
        <source>not measured</source>
        <translation>nicht gemessen</translation>
    </message>
    <message>
        <source>on track</source>
        <translation>im Plan</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>im Rückstand</translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation>#%1 %2 (%3)</translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation>Ziel entfernen</translation>
    </message>
    <message>
        <source>Remove goal #%1 (%2)?

Its limits on decisions and its agents&apos; tasks not yet run go with it. Its campaign is deleted if it never ran, or archived with its history if it did.</source>
        <translation>Ziel #%1 (%2) entfernen?

Seine Grenzen für Entscheidungen und die noch nicht ausgeführten Aufgaben seiner Agenten werden mit entfernt. Seine Kampagne wird gelöscht, wenn sie nie lief, oder mit ihrem Verlauf archiviert, wenn doch.</translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) taken off</source>
        <translation>
            <numerusform>%n Grenze entfernt</numerusform>
            <numerusform>%n Grenzen entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) cancelled</source>
        <translation>
            <numerusform>%n Aufgabe abgebrochen</numerusform>
            <numerusform>%n Aufgaben abgebrochen</numerusform>
        </translation>
    </message>
    <message>
        <source>draft campaign %1 deleted</source>
        <translation>Kampagnenentwurf %1 gelöscht</translation>
    </message>
    <message>
        <source>campaign %1 archived with its history</source>
        <translation>Kampagne %1 mit ihrem Verlauf archiviert</translation>
    </message>
    <message>
        <source>Goal #%1 removed: %2.</source>
        <translation>Ziel #%1 entfernt: %2.</translation>
    </message>
    <message numerus="yes">
        <source>(goal %1 of %2; %n behind)</source>
        <translation>
            <numerusform>(Ziel %1 von %2; %n im Rückstand)</numerusform>
            <numerusform>(Ziel %1 von %2; %n im Rückstand)</numerusform>
        </translation>
    </message>
    <message>
        <source>deals in brackets</source>
        <translation>Deals in Klammern</translation>
    </message>
    <message>
        <source>Open pipeline by stage at each week&apos;s end</source>
        <translation>Offene Pipeline nach Phase am Ende jeder Woche</translation>
    </message>
    <message>
        <source>Reply rates (no emails delivered yet)</source>
        <translation>Antwortquoten (noch keine E-Mails zugestellt)</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
</context>
<context>
    <name>gd::ui::IcpDialog</name>
    <message>
        <source>Industries</source>
        <translation>Branchen</translation>
    </message>
    <message>
        <source>Company sizes</source>
        <translation>Unternehmensgrößen</translation>
    </message>
    <message>
        <source>Roles</source>
        <translation>Rollen</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebenen</translation>
    </message>
    <message>
        <source>Regions</source>
        <translation>Regionen</translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation>Technologien</translation>
    </message>
    <message>
        <source>Pains you solve</source>
        <translation>Probleme, die Sie lösen</translation>
    </message>
    <message>
        <source>Disqualifiers</source>
        <translation>Ausschlusskriterien</translation>
    </message>
    <message>
        <source>Ideal Customer Profile</source>
        <translation>Idealkundenprofil</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who do you sell to?&lt;/h3&gt;&lt;p&gt;Type your company&apos;s website. GreenDoor reads it (the home page and up to nine pages about your product, pricing and customers, respecting robots.txt) and drafts your Ideal Customer Profile, with the sentence behind every value. Nothing leaves your machine but those page requests.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;An wen verkaufen Sie?&lt;/h3&gt;&lt;p&gt;Geben Sie die Website Ihres Unternehmens ein. GreenDoor liest sie (die Startseite und bis zu neun Seiten über Ihr Produkt, Ihre Preise und Ihre Kunden, unter Beachtung von robots.txt) und entwirft Ihr Idealkundenprofil, mit dem Satz, auf dem jeder Wert beruht. Außer diesen Seitenabrufen verlässt nichts Ihren Rechner.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Read My Website</source>
        <translation>Meine Website lesen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Fill In by Hand</source>
        <translation>Von Hand ausfüllen</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>What you sell:</source>
        <translation>Was Sie verkaufen:</translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation>durch Kommas getrennt</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation>Profil speichern</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation>„%1“ ist keine Webadresse.</translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation>%1 wird gelesen...</translation>
    </message>
    <message>
        <source>Could not read %1: %2. You can fill in the profile by hand.</source>
        <translation>%1 konnte nicht gelesen werden: %2. Sie können das Profil von Hand ausfüllen.</translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s).</source>
        <translation>
            <numerusform>%n Seite gelesen.</numerusform>
            <numerusform>%n Seiten gelesen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 (%2 of at most %3)...</source>
        <translation>%1 wird gelesen (%2 von höchstens %3)...</translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3)</source>
        <translation>%1: „%2“ (%3)</translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation>Das Profil konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Reading the current profile...</source>
        <translation>Aktuelles Profil wird gelesen...</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Saving the profile...</source>
        <translation>Profil wird gespeichert...</translation>
    </message>
    <message>
        <source>Asking the model %1 to draft the profile...</source>
        <translation>Das Modell %1 wird gebeten, das Profil zu entwerfen...</translation>
    </message>
    <message>
        <source>Drafted by the offline model: %1</source>
        <translation>Vom Offline-Modell entworfen: %1</translation>
    </message>
    <message>
        <source>Drafted by the model %1.</source>
        <translation>Vom Modell %1 entworfen.</translation>
    </message>
</context>
<context>
    <name>gd::ui::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation>(ignorieren)</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>Vollständiger Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation>Unternehmensdomain</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>Website</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Employees</source>
        <translation>Mitarbeiterzahl</translation>
    </message>
    <message>
        <source>City</source>
        <translation>Stadt</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Location (city, country)</source>
        <translation>Standort (Stadt, Land)</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation>LinkedIn-URL</translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation>Hierarchieebene</translation>
    </message>
    <message>
        <source>a generic</source>
        <translation>allgemeines CSV</translation>
    </message>
    <message>
        <source>Import Prospects</source>
        <translation>Interessenten importieren</translation>
    </message>
    <message>
        <source>Choose a CSV export from HubSpot, Salesforce, Apollo, Sales Navigator or any tool</source>
        <translation>Wählen Sie einen CSV-Export aus HubSpot, Salesforce, Apollo, Sales Navigator oder einem anderen Tool</translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation>Datei auswählen...</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.tsv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation>Import abbrechen</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Save Rejected Rows...</source>
        <translation>Abgelehnte Zeilen speichern...</translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation>Abgelehnte Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>Datei wird gelesen...</translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation>Diese Datei kann nicht importiert werden: %1</translation>
    </message>
    <message>
        <source>Looks like %1 export (%2, delimiter %3). Check what each column holds, then import.</source>
        <translation>Erkanntes Format: %1 (%2, Trennzeichen %3). Prüfen Sie, was jede Spalte enthält, und importieren Sie dann.</translation>
    </message>
    <message>
        <source>maps to</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation>Import läuft...</translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation>Import abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation>Es wurde nichts importiert: %1</translation>
    </message>
    <message>
        <source>%1 new prospects, %2 merged into existing ones, %3 rows rejected (of %4, in %5 s).</source>
        <translation>%1 neue Interessenten, %2 mit bestehenden zusammengeführt, %3 Zeilen abgelehnt (von %4, in %5 s).</translation>
    </message>
</context>
<context>
    <name>gd::ui::LearnedModel</name>
    <message>
        <source>more autonomy</source>
        <translation>mehr Autonomie</translation>
    </message>
    <message>
        <source>more caution</source>
        <translation>mehr Vorsicht</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>keine Änderung</translation>
    </message>
    <message>
        <source>%1: %2 (%3 -&gt; %4, %5) - %6</source>
        <translation>%1: %2 (%3 -&gt; %4, %5) - %6</translation>
    </message>
    <message>
        <source>Decisions of this kind with a combined risk below this may go ahead without asking, within the authority matrix and the admin&apos;s hard ceilings.</source>
        <translation>Entscheidungen dieser Art mit einem Gesamtrisiko unter diesem Wert dürfen ohne Rückfrage ausgeführt werden, innerhalb der Befugnismatrix und der harten Obergrenzen des Administrators.</translation>
    </message>
    <message>
        <source>nothing learned yet</source>
        <translation>noch nichts gelernt</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation>Freigabequote</translation>
    </message>
    <message>
        <source>Acts alone below risk</source>
        <translation>Eigenständig unter Risiko</translation>
    </message>
    <message>
        <source>Examples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Last change and why</source>
        <translation>Letzte Änderung und Grund</translation>
    </message>
</context>
<context>
    <name>gd::ui::LearnedView</name>
    <message>
        <source>Every approval, rejection, edit, expiry and override teaches GreenDoor when a kind of decision may go ahead without asking. Learning only moves within the authority matrix and the admin&apos;s hard ceilings: it never grants authority the matrix does not.</source>
        <translation>Jede Freigabe, Ablehnung, Bearbeitung, jeder Fristablauf und jede Korrektur zeigt GreenDoor, wann eine Art von Entscheidung ohne Rückfrage ausgeführt werden darf. Das Lernen bewegt sich nur innerhalb der Befugnismatrix und der harten Obergrenzen des Administrators: Es gewährt nie Befugnisse, die die Matrix nicht gewährt.</translation>
    </message>
    <message>
        <source>Reset what was learned...</source>
        <translation>Gelerntes zurücksetzen...</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Zurücksetzen</translation>
    </message>
    <message>
        <source>Forget everything learned about %1? It goes back to asking as the matrix&apos;s defaults say.</source>
        <translation>Alles zu %1 Gelernte vergessen? Danach wird wieder so nachgefragt, wie es die Standardwerte der Matrix vorsehen.</translation>
    </message>
    <message>
        <source>What was learned about %1 could not be reset.</source>
        <translation>Das zu %1 Gelernte konnte nicht zurückgesetzt werden.</translation>
    </message>
</context>
<context>
    <name>gd::ui::MailboxDialog</name>
    <message>
        <source>%1 %2: connected and logged in</source>
        <translation>%1 %2: verbunden und angemeldet</translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation>%1 %2: %3 (%4)</translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation>Postfächer</translation>
    </message>
    <message>
        <source>&amp;New Mailbox</source>
        <translation>&amp;Neues Postfach</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>a short label, e.g. sales</source>
        <translation>eine kurze Bezeichnung, z. B. vertrieb</translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation>E-&amp;Mail-Adresse:</translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation>sie@ihr-unternehmen.de</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>&amp;Anzeigename:</translation>
    </message>
    <message>
        <source>the name recipients see</source>
        <translation>der Name, den Empfänger sehen</translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation>&amp;SMTP-Server:</translation>
    </message>
    <message>
        <source>smtp://host:587 (STARTTLS) or smtps://host:465</source>
        <translation>smtp://host:587 (STARTTLS) oder smtps://host:465</translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation>&amp;IMAP-Server:</translation>
    </message>
    <message>
        <source>imaps://host:993 or imap://host:143 (STARTTLS)</source>
        <translation>imaps://host:993 oder imap://host:143 (STARTTLS)</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>usually the email address</source>
        <translation>meist die E-Mail-Adresse</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>app password; stored in the system keychain</source>
        <translation>App-Passwort; im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>&amp;Unsubscribe link:</source>
        <translation>Ab&amp;meldelink:</translation>
    </message>
    <message>
        <source>optional https:// page for one-click unsubscribe</source>
        <translation>optionale https://-Seite für die Abmeldung mit einem Klick</translation>
    </message>
    <message>
        <source>&amp;Trust this server&apos;s certificate (self-signed or from a private authority)</source>
        <translation>Dem Zertifikat dieses Servers &amp;vertrauen (selbst signiert oder von einer privaten Zertifizierungsstelle)</translation>
    </message>
    <message>
        <source> emails / 24 h</source>
        <translation> E-Mails / 24 h</translation>
    </message>
    <message>
        <source> on day one</source>
        <translation> am ersten Tag</translation>
    </message>
    <message>
        <source> more each day</source>
        <translation> mehr pro Tag</translation>
    </message>
    <message>
        <source>warm-up:</source>
        <translation>Aufwärmphase:</translation>
    </message>
    <message>
        <source>Daily &amp;cap:</source>
        <translation>&amp;Tageslimit:</translation>
    </message>
    <message>
        <source> s at least</source>
        <translation> s mindestens</translation>
    </message>
    <message>
        <source> s random extra</source>
        <translation> s zufällig zusätzlich</translation>
    </message>
    <message>
        <source>&amp;Gap between sends:</source>
        <translation>Ab&amp;stand zwischen Sendungen:</translation>
    </message>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
    <message>
        <source>Sending &amp;window (recipient&apos;s time):</source>
        <translation>Sende&amp;fenster (Zeit des Empfängers):</translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation>Si&amp;gnatur:</translation>
    </message>
    <message>
        <source>your company&apos;s postal address: the footer of every email</source>
        <translation>die Postanschrift Ihres Unternehmens: die Fußzeile jeder E-Mail</translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation>Posta&amp;nschrift:</translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Remove Mailbox</source>
        <translation>Postfach entfernen</translation>
    </message>
    <message>
        <source>Remove mailbox %1? Its password is removed from the keychain; emails already sent stay in the workspace.</source>
        <translation>Postfach %1 entfernen? Sein Passwort wird aus dem Schlüsselbund entfernt; bereits gesendete E-Mails bleiben im Arbeitsbereich.</translation>
    </message>
    <message>
        <source>%1 (paused)
%2</source>
        <translation>%1 (angehalten)
%2</translation>
    </message>
    <message>
        <source>No mailbox yet: fill in the form, test the connection and save.</source>
        <translation>Noch kein Postfach: füllen Sie das Formular aus, testen Sie die Verbindung und speichern Sie.</translation>
    </message>
    <message>
        <source>unchanged (stored in the system keychain)</source>
        <translation>unverändert (im System-Schlüsselbund gespeichert)</translation>
    </message>
    <message>
        <source>Trusted certificate: %1</source>
        <translation>Vertrauenswürdiges Zertifikat: %1</translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation>Angehalten: %1</translation>
    </message>
    <message>
        <source>Enter the servers first: the certificate is read from them.</source>
        <translation>Geben Sie zuerst die Server ein: das Zertifikat wird von ihnen gelesen.</translation>
    </message>
    <message>
        <source>Reading the servers&apos; certificates...</source>
        <translation>Die Zertifikate der Server werden gelesen...</translation>
    </message>
    <message>
        <source>SMTP certificate: %1, issued by %2, expires %3
pin %4</source>
        <translation>SMTP-Zertifikat: %1, ausgestellt von %2, läuft ab %3
Pin %4</translation>
    </message>
    <message>
        <source>IMAP certificate: %1, issued by %2, expires %3
pin %4</source>
        <translation>IMAP-Zertifikat: %1, ausgestellt von %2, läuft ab %3
Pin %4</translation>
    </message>
    <message>
        <source>Only these exact keys will be accepted. Save to trust them.</source>
        <translation>Nur genau diese Schlüssel werden akzeptiert. Speichern Sie, um ihnen zu vertrauen.</translation>
    </message>
    <message>
        <source>Enter the password (an app password where your provider offers one).</source>
        <translation>Geben Sie das Passwort ein (ein App-Passwort, sofern Ihr Anbieter eines anbietet).</translation>
    </message>
    <message>
        <source>Reading the password from the system keychain...</source>
        <translation>Das Passwort wird aus dem System-Schlüsselbund gelesen...</translation>
    </message>
    <message>
        <source>The user or server changed: enter the password for the new login.</source>
        <translation>Benutzer oder Server wurde geändert: geben Sie das Passwort für die neue Anmeldung ein.</translation>
    </message>
    <message>
        <source>No password stored in the keychain for this mailbox: enter it.</source>
        <translation>Für dieses Postfach ist kein Passwort im Schlüsselbund gespeichert: geben Sie es ein.</translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation>Verbindung zu %1 wird hergestellt...</translation>
    </message>
    <message>
        <source>A mailbox named %1 exists already.</source>
        <translation>Ein Postfach namens %1 existiert bereits.</translation>
    </message>
    <message>
        <source>The certificate could not be read, so it cannot be trusted: untick &quot;Trust&quot; or try again.</source>
        <translation>Das Zertifikat konnte nicht gelesen werden und kann daher nicht als vertrauenswürdig gelten: deaktivieren Sie „Vertrauen“ oder versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Testing the connection before saving...</source>
        <translation>Die Verbindung wird vor dem Speichern getestet...</translation>
    </message>
    <message>
        <source>Not saved: the connection test failed.</source>
        <translation>Nicht gespeichert: der Verbindungstest ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Mailbox %1 saved; its password is in the system keychain.</source>
        <translation>Postfach %1 gespeichert; sein Passwort liegt im System-Schlüsselbund.</translation>
    </message>
    <message>
        <source>Not saved: the password cannot be stored in the keychain: %1</source>
        <translation>Nicht gespeichert: das Passwort kann nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Removing %1...</source>
        <translation>%1 wird entfernt...</translation>
    </message>
    <message>
        <source>Mailbox %1 removed.</source>
        <translation>Postfach %1 entfernt.</translation>
    </message>
    <message>
        <source>Sent &amp;folder:</source>
        <translation>&amp;Gesendet-Ordner:</translation>
    </message>
    <message>
        <source>empty: found by name (Sent, Sent Items, ...)</source>
        <translation>leer: wird über den Namen gefunden (Sent, Gesendete Elemente, ...)</translation>
    </message>
    <message>
        <source>The server &amp;files sent mail itself (Gmail, Microsoft 365)</source>
        <translation>Der Server &amp;legt gesendete E-Mails selbst ab (Gmail, Microsoft 365)</translation>
    </message>
    <message>
        <source>On: GreenDoor does not add its own copy to the Sent folder, and an email interrupted mid-send that is not found there is sent again. Off: GreenDoor files a copy, and such an email is held for you to decide.</source>
        <translation>Ein: GreenDoor legt keine eigene Kopie im Gesendet-Ordner ab, und eine beim Senden unterbrochene E-Mail, die dort nicht gefunden wird, wird erneut gesendet. Aus: GreenDoor legt eine Kopie ab, und eine solche E-Mail wird zurückgehalten, bis Sie entscheiden.</translation>
    </message>
</context>
<context>
    <name>gd::ui::MainWindow</name>
    <message>
        <source>&amp;New Workspace...</source>
        <translation>&amp;Neuer Arbeitsbereich...</translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation>Arbeitsbereich ö&amp;ffnen...</translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation>&amp;Demo-Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Pause all autonomy</source>
        <translation>Gesamte Autonomie pausieren</translation>
    </message>
    <message>
        <source>Stop every agent from taking new work (Ctrl+Shift+P)</source>
        <translation>Alle Agenten daran hindern, neue Arbeit zu übernehmen (Strg+Umschalt+P)</translation>
    </message>
    <message>
        <source>&amp;Pause Agent</source>
        <translation>Agent &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume Agent</source>
        <translation>Agent &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation>&amp;Agenten</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About GreenDoor</source>
        <translation>&amp;Über GreenDoor</translation>
    </message>
    <message>
        <source>About GreenDoor</source>
        <translation>Über GreenDoor</translation>
    </message>
    <message>
        <source>&lt;h3&gt;GreenDoor %1&lt;/h3&gt;&lt;p&gt;An autonomous AI sales team that runs on your own machine, with you in charge.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;GreenDoor %1&lt;/h3&gt;&lt;p&gt;Ein autonomes KI-Vertriebsteam, das auf Ihrem eigenen Rechner läuft und unter Ihrer Leitung arbeitet.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation>Keine zuletzt geöffneten Arbeitsbereiche</translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>sales</source>
        <translation>vertrieb</translation>
    </message>
    <message>
        <source>GreenDoor workspaces (*.%1)</source>
        <translation>GreenDoor-Arbeitsbereiche (*.%1)</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>GreenDoor workspaces (*.%1);;All files (*)</source>
        <translation>GreenDoor-Arbeitsbereiche (*.%1);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation>%1 wird geöffnet...</translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation>Die Demodaten konnten nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation>Arbeitsbereich kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Agent %1 was restarted: %2</source>
        <translation>Agent %1 wurde neu gestartet: %2</translation>
    </message>
    <message>
        <source>Escalation: %1</source>
        <translation>Eskalation: %1</translation>
    </message>
    <message>
        <source>%1 - GreenDoor</source>
        <translation>%1 - GreenDoor</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Stopping the agents...</source>
        <translation>Agenten werden gestoppt...</translation>
    </message>
    <message>
        <source>%1 agents, %2 working | tasks: %3 queued, %4 active, %5 done, %6 failed | %7 messages | %8 escalations</source>
        <translation>%1 Agenten, %2 beschäftigt | Aufgaben: %3 wartend, %4 aktiv, %5 erledigt, %6 fehlgeschlagen | %7 Nachrichten | %8 Eskalationen</translation>
    </message>
    <message>
        <source>Autonomy paused - click to resume</source>
        <translation>Autonomie pausiert – zum Fortsetzen klicken</translation>
    </message>
    <message>
        <source>AUTONOMY PAUSED</source>
        <translation>AUTONOMIE PAUSIERT</translation>
    </message>
    <message>
        <source>Autonomy on</source>
        <translation>Autonomie aktiv</translation>
    </message>
    <message>
        <source>Authority &amp;Matrix...</source>
        <translation>&amp;Befugnismatrix...</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Exported the audit trail to %1</source>
        <translation>Prüfprotokoll nach %1 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <source>What GreenDoor learned</source>
        <translation>Was GreenDoor gelernt hat</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation>Freigaben (%1)</translation>
    </message>
    <message>
        <source>&amp;Import Prospects...</source>
        <translation>Interessenten &amp;importieren...</translation>
    </message>
    <message>
        <source>Ideal Customer &amp;Profile...</source>
        <translation>Idealkunden&amp;profil...</translation>
    </message>
    <message>
        <source>&amp;Prospects</source>
        <translation>&amp;Interessenten</translation>
    </message>
    <message>
        <source>The Research agent is reading %1&apos;s website.</source>
        <translation>Der Recherche-Agent liest die Website von %1.</translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation>Interessenten</translation>
    </message>
    <message>
        <source>Imported %1 prospects (%2 merged, %3 rejected)</source>
        <translation>%1 Interessenten importiert (%2 zusammengeführt, %3 abgelehnt)</translation>
    </message>
    <message>
        <source>Saved profile version %1; the Research agent re-scores your prospects.</source>
        <translation>Profilversion %1 gespeichert; der Recherche-Agent bewertet Ihre Interessenten neu.</translation>
    </message>
    <message>
        <source>&amp;Mailboxes...</source>
        <translation>&amp;Postfächer...</translation>
    </message>
    <message>
        <source>&amp;Language Model...</source>
        <translation>&amp;Sprachmodell...</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation>Kampagnen</translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation>Pipeline</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation>Unterhaltungen (%1)</translation>
    </message>
    <message>
        <source>Checking the mailboxes for replies...</source>
        <translation>Die Postfächer werden auf Antworten geprüft...</translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation>&amp;Bericht exportieren...</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation>&amp;Erscheinungsbild</translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation>&amp;System</translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation>&amp;Hell</translation>
    </message>
    <message>
        <source>&amp;Dark</source>
        <translation>&amp;Dunkel</translation>
    </message>
</context>
<context>
    <name>gd::ui::MatrixDialog</name>
    <message>
        <source>Authority Matrix</source>
        <translation>Befugnismatrix</translation>
    </message>
    <message>
        <source>Who decides what. Level low: agents act alone; medium: agents act alone once GreenDoor has learned the operator approves; high and critical: always an operator. The hard ceilings are absolute: above them nothing is autonomous, whatever was learned.</source>
        <translation>Wer entscheidet was: Bei Stufe niedrig handeln die Agenten eigenständig; bei mittel handeln sie eigenständig, sobald GreenDoor gelernt hat, dass der Bediener zustimmt; bei hoch und kritisch entscheidet immer ein Bediener. Die harten Obergrenzen sind absolut: Darüber geschieht nichts eigenständig, ganz gleich, was gelernt wurde.</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation>Autonomie</translation>
    </message>
    <message>
        <source>Money limit (EUR)</source>
        <translation>Betragslimit (EUR)</translation>
    </message>
    <message>
        <source>Hard ceiling (EUR)</source>
        <translation>Harte Obergrenze (EUR)</translation>
    </message>
    <message>
        <source>Hard ceiling (risk)</source>
        <translation>Harte Obergrenze (Risiko)</translation>
    </message>
    <message>
        <source>Deadline (min)</source>
        <translation>Frist (min)</translation>
    </message>
    <message>
        <source>autopilot</source>
        <translation>Autopilot</translation>
    </message>
    <message>
        <source>review risky</source>
        <translation>Riskante prüfen</translation>
    </message>
    <message>
        <source>review all</source>
        <translation>Alle prüfen</translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation>Es ist kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation>Speichern fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation>Wird gespeichert...</translation>
    </message>
    <message>
        <source>Limits from goals</source>
        <translation>Grenzwerte aus Zielen</translation>
    </message>
    <message>
        <source>Set by a goal; removed when the goal is removed.</source>
        <translation>Durch ein Ziel festgelegt; wird entfernt, wenn das Ziel entfernt wird.</translation>
    </message>
</context>
<context>
    <name>gd::ui::MessageLogModel</name>
    <message>
        <source>Task assignment</source>
        <translation>Aufgabenzuweisung</translation>
    </message>
    <message>
        <source>Information request</source>
        <translation>Informationsanfrage</translation>
    </message>
    <message>
        <source>Status update</source>
        <translation>Statusmeldung</translation>
    </message>
    <message>
        <source>Collaboration request</source>
        <translation>Kooperationsanfrage</translation>
    </message>
    <message>
        <source>Resource request</source>
        <translation>Ressourcenanfrage</translation>
    </message>
    <message>
        <source>Escalation alert</source>
        <translation>Eskalationsmeldung</translation>
    </message>
    <message>
        <source>Performance feedback</source>
        <translation>Leistungsfeedback</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Handled</source>
        <translation>Bearbeitet</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>gd::ui::MessageLogWidget</name>
    <message>
        <source>All agents</source>
        <translation>Alle Agenten</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Alle Typen</translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation>Alle Prioritäten</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und höher</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und höher</translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation>Nur kritisch</translation>
    </message>
    <message>
        <source>Search messages...</source>
        <translation>Nachrichten durchsuchen...</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <source>Operator</source>
        <translation>Bediener</translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation>
            <numerusform>%n angezeigt</numerusform>
            <numerusform>%n angezeigt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ModelDialog</name>
    <message>
        <source>Language Model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>GreenDoor&apos;s offline model is always there. To draft with a language model, point GreenDoor at an OpenAI-compatible server: Ollama or llama.cpp on this machine, or your team&apos;s endpoint. Answers are checked against the facts; when the model fails or its draft is not grounded, the offline model answers and says why.</source>
        <translation>Das Offline-Modell von GreenDoor ist immer verfügbar. Um Entwürfe mit einem Sprachmodell zu erstellen, verweisen Sie GreenDoor auf einen OpenAI-kompatiblen Server: Ollama oder llama.cpp auf diesem Rechner oder den Endpunkt Ihres Teams. Antworten werden mit den Tatsachen abgeglichen; wenn das Modell scheitert oder sein Entwurf nicht belegt ist, antwortet das Offline-Modell und nennt den Grund.</translation>
    </message>
    <message>
        <source>Use &amp;Ollama on this machine</source>
        <translation>&amp;Ollama auf diesem Rechner verwenden</translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation>&amp;Adresse:</translation>
    </message>
    <message>
        <source>e.g. llama3.2 (Test lists what the server has)</source>
        <translation>z. B. llama3.2 (Testen listet auf, was der Server anbietet)</translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation>&amp;Testen</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>optional; leave empty to keep the stored key</source>
        <translation>optional; leer lassen, um den gespeicherten Schlüssel zu behalten</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>in</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>out</source>
        <translation>Ausgabe</translation>
    </message>
    <message>
        <source>per million tokens</source>
        <translation>pro Million Token</translation>
    </message>
    <message>
        <source>Price:</source>
        <translation>Preis:</translation>
    </message>
    <message>
        <source>&amp;Send prospect data to the model</source>
        <translation>Interessentendaten an das Modell &amp;senden</translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation>&amp;Ausschalten</translation>
    </message>
    <message>
        <source>Sent: the prospect&apos;s stored fields and evidence sentences a draft may use, and the text of replies to classify or answer. Never sent: API keys, other prospects, the workspace.</source>
        <translation>Gesendet: die gespeicherten Felder und Belegsätze des Interessenten, die ein Entwurf verwenden darf, sowie der Text von Antworten, die klassifiziert oder beantwortet werden sollen. Nie gesendet: API-Schlüssel, andere Interessenten, der Arbeitsbereich.</translation>
    </message>
    <message>
        <source>Not sent: drafts and reply classification stay with the offline model. ICP drafts from your own website and objectives still use the model.</source>
        <translation>Nicht gesendet: Entwürfe und Antwortklassifikation bleiben beim Offline-Modell. ICP-Entwürfe aus Ihrer eigenen Website und Zielvorgaben verwenden das Modell trotzdem.</translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first, e.g. %1</source>
        <translation>Geben Sie zuerst die Adresse des Servers ein, z. B. %1</translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation>%1 wird nach seinen Modellen gefragt…</translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation>
            <numerusform>Der Server bietet %n Modell an.</numerusform>
            <numerusform>Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation>Test fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1</source>
        <translation>Der API-Schlüssel konnte nicht im Schlüsselbund gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Turning the model off…</source>
        <translation>Das Modell wird ausgeschaltet…</translation>
    </message>
    <message>
        <source> EUR</source>
        <translation> EUR</translation>
    </message>
    <message>
        <source>Paid calls draw on a model budget of this amount: a provider.spend decision the authority matrix judges (above its limit it waits for your approval). Each call&apos;s actual cost is booked against it.</source>
        <translation>Kostenpflichtige Aufrufe werden aus einem Modellbudget in dieser Höhe bezahlt: eine provider.spend-Entscheidung, die die Befugnismatrix beurteilt (oberhalb ihres Grenzwerts wartet sie auf Ihre Freigabe). Die tatsächlichen Kosten jedes Aufrufs werden darauf verbucht.</translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation>&amp;Budget:</translation>
    </message>
</context>
<context>
    <name>gd::ui::PipelineView</name>
    <message>
        <source>Stage / deal</source>
        <translation>Phase / Deal</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation>Gewichtet</translation>
    </message>
    <message>
        <source>Close date</source>
        <translation>Abschlussdatum</translation>
    </message>
    <message>
        <source>&amp;Move to Stage</source>
        <translation>In Phase &amp;verschieben</translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation>Verschieben nach:</translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation>Deal abschließen</translation>
    </message>
    <message>
        <source>Why was it won?</source>
        <translation>Warum wurde er gewonnen?</translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation>Warum wurde er verloren?</translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation>In nächste Phase verschieben</translation>
    </message>
    <message>
        <source>%1 (%2 deals, %3 %)</source>
        <translation>%1 (%2 Deals, %3 %)</translation>
    </message>
    <message>
        <source>Open pipeline: %1, weighted %2</source>
        <translation>Offene Pipeline: %1, gewichtet %2</translation>
    </message>
    <message numerus="yes">
        <source>%n stalled deal(s)</source>
        <translation>
            <numerusform>%n stockender Deal</numerusform>
            <numerusform>%n stockende Deals</numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation>Kein Arbeitsbereich geöffnet.</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a deal to see its detail and timeline.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Deal aus, um Details und Zeitleiste zu sehen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation>Phase:</translation>
    </message>
    <message>
        <source>Value:</source>
        <translation>Wert:</translation>
    </message>
    <message>
        <source>Company:</source>
        <translation>Unternehmen:</translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation>Kontakt:</translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation>Abschlussdatum:</translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation>Nächster Schritt:</translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation>Verantwortlich:</translation>
    </message>
    <message>
        <source>Close reason:</source>
        <translation>Abschlussgrund:</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
    <message>
        <source>The operator moved deal %1 to %2 in the pipeline.</source>
        <translation>Der Bediener hat Deal %1 in der Pipeline nach %2 verschoben.</translation>
    </message>
    <message>
        <source>Proposing the move...</source>
        <translation>Die Verschiebung wird vorgeschlagen...</translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation>Nicht verschoben: %1</translation>
    </message>
    <message>
        <source>Moving: the decision is carried out now.</source>
        <translation>Verschiebung: die Entscheidung wird jetzt ausgeführt.</translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation>Wartet auf Freigabe: %1</translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation>Abgelehnt: %1</translation>
    </message>
    <message>
        <source>Stage &amp;Probabilities...</source>
        <translation>&amp;Wahrscheinlichkeiten der Phasen...</translation>
    </message>
    <message>
        <source>The chance that a deal in each stage is won; the weighted value uses it.</source>
        <translation>Die Chance, dass ein Deal in jeder Phase gewonnen wird; der gewichtete Wert verwendet sie.</translation>
    </message>
    <message>
        <source>Stage Probabilities</source>
        <translation>Wahrscheinlichkeiten der Phasen</translation>
    </message>
    <message>
        <source>The chance that a deal in each stage is won. The weighted pipeline value, the dashboard and the reports use it.</source>
        <translation>Die Chance, dass ein Deal in jeder Phase gewonnen wird. Der gewichtete Pipeline-Wert, die Übersicht und die Berichte verwenden sie.</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Stage probabilities saved.</source>
        <translation>Wahrscheinlichkeiten der Phasen gespeichert.</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>gd::ui::ProspectTableModel</name>
    <message>
        <source>loading...</source>
        <translation>wird geladen...</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Bewertung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Position</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>Unternehmen</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>Branche</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
</context>
<context>
    <name>gd::ui::ProspectsView</name>
    <message>
        <source>Search name, email or company...</source>
        <translation>Name, E-Mail oder Unternehmen suchen...</translation>
    </message>
    <message>
        <source>any score</source>
        <translation>jede Bewertung</translation>
    </message>
    <message>
        <source>score &gt;= </source>
        <translation>Bewertung &gt;= </translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation>CSV importieren...</translation>
    </message>
    <message>
        <source>Ideal Customer Profile...</source>
        <translation>Idealkundenprofil...</translation>
    </message>
    <message>
        <source>%1 prospects</source>
        <translation>%1 Interessenten</translation>
    </message>
    <message>
        <source>Enrich Company from Its Website</source>
        <translation>Unternehmen über seine Website anreichern</translation>
    </message>
    <message>
        <source>The Research agent reads the company&apos;s site (robots.txt honoured) and fills what is unknown</source>
        <translation>Der Recherche-Agent liest die Website des Unternehmens (unter Beachtung von robots.txt) und ergänzt fehlende Angaben</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prospect to see why it scores as it does and where its data came from.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie einen Interessenten aus, um zu sehen, wie seine Bewertung zustande kommt und woher seine Daten stammen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not scored yet.&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Noch nicht bewertet.&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Score %1 of 100&lt;/b&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Bewertung %1 von 100&lt;/b&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation>Herkunft der Daten</translation>
    </message>
</context>
<context>
    <name>gd::ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF (title page, charts, tables)</source>
        <translation>PDF (Titelseite, Diagramme, Tabellen)</translation>
    </message>
    <message>
        <source>CSV (every row, for spreadsheets)</source>
        <translation>CSV (alle Zeilen, für Tabellenkalkulationen)</translation>
    </message>
    <message>
        <source>Report:</source>
        <translation>Bericht:</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <source>Choose a report and a period, then Preview to see it before saving.</source>
        <translation>Wählen Sie einen Bericht und einen Zeitraum und dann Vorschau, um ihn vor dem Speichern anzusehen.</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation>&amp;Speichern...</translation>
    </message>
    <message>
        <source>&amp;Cancel report</source>
        <translation>Bericht &amp;abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Save report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation>Vorschau wird erstellt...</translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation>Der Bericht konnte nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Preview: the first %1 rows. The PDF holds up to %2, the CSV all of them.</source>
        <translation>Vorschau: die ersten %1 Zeilen. Das PDF enthält bis zu %2, die CSV-Datei alle.</translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s).</source>
        <translation>
            <numerusform>Vorschau: %n Zeile.</numerusform>
            <numerusform>Vorschau: %n Zeilen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation>%1 wird geschrieben...</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
        <translation>Abgebrochen: Es wurde nichts gespeichert.</translation>
    </message>
</context>
<context>
    <name>gd::ui::TaskListModel</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Aufgabe</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
</context>
<context>
    <name>gd::ui::TrayIcon</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Tell me on the desktop about new escalations and goals falling behind</source>
        <translation>Mich auf dem Desktop über neue Eskalationen und Ziele im Rückstand informieren</translation>
    </message>
    <message>
        <source>Open &amp;Approvals</source>
        <translation>&amp;Freigaben öffnen</translation>
    </message>
</context>
<context>
    <name>gd::ui::TrayNotifier</name>
    <message>
        <source>GreenDoor: nothing waiting for you</source>
        <translation>GreenDoor: Nichts wartet auf Sie</translation>
    </message>
    <message numerus="yes">
        <source>GreenDoor: %n approval(s) waiting for you</source>
        <translation>
            <numerusform>GreenDoor: %n Freigabe wartet auf Sie</numerusform>
            <numerusform>GreenDoor: %n Freigaben warten auf Sie</numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation>Eskalation</translation>
    </message>
    <message>
        <source>Goal falling behind</source>
        <translation>Ziel im Rückstand</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GreenDoor: your autonomous AI sales team.</source>
        <translation>GreenDoor: Ihr autonomes KI-Vertriebsteam.</translation>
    </message>
    <message>
        <source>Open the workspace at &lt;path&gt;.</source>
        <translation>Öffnet den Arbeitsbereich unter &lt;path&gt;.</translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. en, de) instead of the system&apos;s.</source>
        <translation>Verwendet die Sprache &lt;code&gt; (z. B. en, de) statt der Systemsprache.</translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation>Öffnet den Demo-Arbeitsbereich (wird bei der ersten Verwendung angelegt).</translation>
    </message>
    <message>
        <source>Print the time to a shown window and an opened workspace, then quit.</source>
        <translation>Gibt die Zeit bis zum angezeigten Fenster und bis zum geöffneten Arbeitsbereich aus und beendet sich dann.</translation>
    </message>
</context>
</TS>

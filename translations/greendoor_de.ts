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
</context>
<context>
    <name>gd::app</name>
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

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation>Aufruf: greendoor-cli --workspace PFAD [--json] &lt;Befehl&gt; [Optionen]

Befehle:
  init [--demo]                 Arbeitsbereich anlegen (mit den Beispieldaten)
  status                        Agenten auflisten: Zustand, Zähler, letztes Lebenszeichen
  run --seconds N               Agenten N Sekunden ohne Oberfläche ausführen (Strg+C beendet)
  messages [--limit N] [--agent NAME] [--type TYP]
                                Kommunikationsverlauf ausgeben, neueste zuerst
  tasks [--limit N] [--agent NAME]
                                Aufgabentabelle ausgeben, neueste zuerst
  pause [--agent NAME]          Gesamte Autonomie (oder einen Agenten) pausieren
  resume [--agent NAME]         Gesamte Autonomie (oder einen Agenten) fortsetzen

Exit-Codes: 0 Erfolg, 1 Fehler, 2 Aufruffehler.
</translation>
    </message>
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
</context>
<context>
    <name>gd::core::Agent</name>
    <message>
        <source>cannot store results: %1</source>
        <translation>Ergebnisse können nicht gespeichert werden: %1</translation>
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

<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>gd::agents</name>
    <message>
        <source>Analytics</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Optimization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::agents::OutreachAgent</name>
    <message>
        <source>%1 (%2 at %3) has not been contacted in 30 days and works in %4, an industry in the profile; the draft uses only the title, company, industry and the industry&apos;s typical pain (%5).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first touch to %1 was sent; the follow-up sequence keeps the conversation going unless they reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::agents::ResearchAgent</name>
    <message numerus="yes">
        <source>Find %1 at %2 with Apollo (%n credit(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>people</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::app</name>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot load the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created demo workspace %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created workspace %1 (schema %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy: PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy: on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agents have run in this workspace yet (start them with `run` or the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AGENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HANDLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P99 MS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HEARTBEAT AGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tasks: %1 queued, %2 assigned, %3 done, %4 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>run needs --seconds N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the agents did not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running %1 agents for %2 s on %3 (Ctrl-C stops)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped after %1 s (%2). Tasks done: %3, failed: %4. Messages in the trail: %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time is up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown message type %1 (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent named %1 in this workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy paused: no agent takes new work until you resume.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 paused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 resumed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no command given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--workspace PATH is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not take --%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::app::cli</name>
    <message>
        <source>option --%1 needs a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a positive whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision: %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matrix: level %1, mode %2, money limit EUR %3, hard ceiling EUR %4 / risk %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Learned: threshold %1, approval rate %2 over %3 examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions %1 needs --type TYPE and --input FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals needs list, approve ID, reject ID or edit ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals %1 needs the approval&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals reject needs --reason TEXT: the agent is told why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approvals edit needs --input FILE with the edited action as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No %1 approvals.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent %1, risk %2 (%3), %4, deadline %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>subject: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edited %1; the edited action is approved as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved %1: it will be carried out once, when the agents run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected %1: the agent was told why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1: %2%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (proposed before; the earlier decision stands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions %1 needs the decision&apos;s ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked %1 wrong; GreenDoor will ask before doing that again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undid %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions needs assess, propose, wrong ID or undo ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned takes no subcommand but reset TYPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>learned reset needs a decision type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgot what was learned about %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix needs show or set --input FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>matrix set needs --input FILE with one rule as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the rule for %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>audit needs verify or export --format csv|json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be csv or json</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log intact: %1 rows, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log broken at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the audit log to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal Customer Profile, version %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offering: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import needs the CSV file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>importing: %1% (%2 rows)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 (%2, %3, delimiter %4): %5 new, %6 merged, %7 rejected of %8 rows in %9 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>... and %1 more (use --rejects FILE to save them all)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icp needs --from-url URL, show, or set --input FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fetching %1/%2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read %1: %2. Enter the profile by hand with `icp set --input FILE`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read %1 pages; skipped %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this workspace has no profile yet: `icp --from-url URL` drafts one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>icp set needs --input FILE with the profile as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile version %1; prospects are re-scored against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects search needs --domains D1,D2 and/or --titles T1,T2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued people search %1. When the agents run, the Research agent proposes the spend; approve it in the console or with `approvals approve ID`, and the results are imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects takes [--top N], or search --domains D --titles T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No profile yet, so nobody is scored: `icp --from-url URL` drafts one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets needs set KEY (the secret on standard input) or remove KEY</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>secrets set reads the secret from standard input; it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removed %1 from the system keychain.</source>
        <translation type="unfinished"></translation>
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
      [--postal-address TEXT]   (password on standard input)
  mailbox test NAME | mailbox list | mailbox set NAME [options] | mailbox remove NAME
  suppressions list | add ADDRESS|@DOMAIN [--reason R] | remove ADDRESS | import FILE | export
                                who is never mailed ([--campaign NAME]: one campaign only)

Replies (no workspace needed):
  replies classify FILE.eml...  what each reply means: class, confidence, deciding
                                sentences, return date, referred person

Exit codes: 0 success, 1 failure, 2 usage error.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: the output is incomplete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 KiB; a proposal, an edited action or a rule must be smaller</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password on standard input is longer than 64 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password on standard input spans several lines; give it on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the password is read from standard input; it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 needs a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--window takes HH:MM-HH:MM (e.g. 08:00-18:00) or any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the SMTP server&apos;s certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the IMAP server&apos;s certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected and logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>connected, logged in, INBOX found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox add needs --name, --email, --smtp and --user (and the password on standard input)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mailbox named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 was not added: the connection test failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 was not added: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 (%2) added; its password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password for mailbox %1 in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet: `mailbox add` connects one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cap %1/day, gap %2 s, window %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mailbox cannot be renamed; remove it and add it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the user or server changed, so the password is needed again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 removed, and its password with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox needs add, test NAME, list, set NAME or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 takes %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mailbox name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressions needs list, add ADDRESS, remove ADDRESS, import FILE or export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressions %1 needs an address, @domain or file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>suppressions %1 takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will not be mailed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed from the %2 suppression list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 added, %2 already listed, %3 rejected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the export was cut short: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nobody is suppressed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read standard input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input is larger than %1 KiB; nothing was stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secret on standard input has several lines; a secret is one line (nothing was stored)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the import is stored, but the rejected rows were not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the scores could not be brought up to date (%1); some are older than the profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies takes the subcommand classify</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies classify needs at least one .eml file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply classifier&apos;s training data is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an email: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class: %1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>because: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>return_date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred_to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce: hard, recipient %1, status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce: soft, recipient %1, status %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core</name>
    <message>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an empty file, not a GreenDoor workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a GreenDoor workspace (it is not an SQLite database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged and cannot be read (%2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is damaged (integrity check: %2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a GreenDoor workspace. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer GreenDoor (schema version %2; this version knows up to %3). Update GreenDoor to open it. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First-touch email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply to an inbound message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrol a contact in a sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop a contact&apos;s sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move a deal to another stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close a deal won or lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offer a discount or price change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spend credits with a data provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch a campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change caps or budgets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Erase personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1st</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2nd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3rd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1th</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a login is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many requests</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>server error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (http or https)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a download</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: gave up after %2 redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the server %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 redirected to an address that is not http or https</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with HTTP %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is not available, so GreenDoor cannot store or read passwords and API keys there. Start and unlock a keyring (GNOME Keyring, KWallet or KeePassXC) and try again, or enter the key when asked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing is stored in the keychain under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain is locked or refused access. Unlock it and try again, or enter the key when asked. (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access to the system keychain was denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not read &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not store &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system keychain could not remove &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not start a request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an http or https address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unreachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>timed out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>larger than %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many redirects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTTP %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a web page (it is %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>robots.txt could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disallowed by robots.txt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not HTML</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>redirected to another site</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same page as one already read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queue for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refuse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superseded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the proposal is %1 KiB; at most %2 KiB are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 is %2, not pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no approval %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the document is %1 KiB; at most %2 KiB are accepted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not valid JSON at offset %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s name could not be resolved (DNS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing answers on that host and port (TCP)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the secure connection failed (TLS certificate or STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the user name or password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mailbox folder was not found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server asked to try again later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server refused the recipient</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the connection was lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a private or local network address; reading it needs private addresses to be allowed for a site on your own network</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a link-local or cloud metadata address, which is never read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not an address a web site uses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused to read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on a private or link-local network address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not reach %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer GreenDoor cannot read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP 429 (too many requests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 (server error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 refused the API key (HTTP %2). Check the key and the plan&apos;s API access under Settings → Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered with a redirect (HTTP %2), which GreenDoor does not follow with an API key: check the provider&apos;s address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Agent</name>
    <message>
        <source>cannot store results: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::AuditLog</name>
    <message>
        <source>row %1 follows row %2: rows are missing or out of order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 does not follow the row before it: a row was changed, deleted or moved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row %1 was changed after it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log ends at row %1 but %2 rows were written: it was cut off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last row differs from the one recorded when it was written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the log&apos;s anchor is missing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::AuthorityRule</name>
    <message>
        <source>invalid authority rule for &quot;%1&quot;: needs a known type, level and mode</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Calibration</name>
    <message>
        <source>reset by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::CompanyEnricher</name>
    <message>
        <source>there is no company %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no website or domain to read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: read %2 page(s), filled %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Coordinator</name>
    <message>
        <source>gave up after %1 attempts; last: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed %2 times: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no agent can run tasks of type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heartbeat for %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::CsvReader</name>
    <message>
        <source>UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-8 with BOM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 LE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UTF-16 BE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latin-1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file not found: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the input is not open for reading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the input: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (%1 of the first %2 characters are not text)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file is UTF-32, which is not supported: save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSV file: this is an Excel workbook (.xlsx) or another ZIP archive; save the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSV file: this is an Excel 97-2003 workbook (.xls); save the sheet as CSV and import that</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (a zero byte at offset %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a CSV text file: it contains binary data (%1 control bytes in the first %2 bytes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the input after %1 bytes: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unterminated quoted field starting at line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>quoted field starting at line %1 is still open after %2 MiB of text: its closing quote is probably missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record starting at line %1 is longer than %2 MiB</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionEffect</name>
    <message>
        <source>the action has no %1, so a %2 cannot be carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be undone once carried out</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionEngine</name>
    <message>
        <source>blocked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator rejected this before and nothing changed since: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the matrix asks to review every %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>level %1: an operator decides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR %1 is above the hard ceiling of EUR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1 is at or above the hard ceiling %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>EUR %1 is above the money limit of EUR %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk is %1 and risky decisions are reviewed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing learned about %1 yet: an operator decides until some are approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>risk %1 is at or above the learned threshold %2 (%3 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within authority: level %1, risk %2 below the learned threshold %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval %1 expired at its deadline; the agent may propose it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reason given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 rejected: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by %1 before approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer before the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no decision %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 has not been carried out, so there is nothing to undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a %1 cannot be undone once carried out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be carried out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal&apos;s id may only hold letters, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited action is refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited action commits EUR %1, above the hard ceiling of EUR %2; only the admin can raise the ceiling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the edited action&apos;s risk %1 is at or above the hard ceiling %2 and above the original&apos;s %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1 was undone already</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::DecisionStore</name>
    <message>
        <source>approval %1 is no longer pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox item %1 was finished elsewhere</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Executor</name>
    <message>
        <source>no keychain to read the provider&apos;s API key from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action does not match its recorded hash (it was altered)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no approval matches this exact action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision was not authorized to act without approval</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ImapClient</name>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsupported folder name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>invalid Message-ID</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ImportRun</name>
    <message>
        <source>%1 has no header row: nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no column holds an email address or a name (the columns are: %1). Map them in the import dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row has %1 fields, the header has %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no name and no email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed while it was being read (%2 bytes when the import started, %3 bytes now): nothing was imported. Import it again once it is complete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Mailbox</name>
    <message>
        <source>a mailbox name is 1-64 letters, digits, dots, dashes or underscores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the display name may not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP server must look like smtp://host:587 or smtps://host:465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP server must look like imap://host:143 or imaps://host:993</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a user name is needed to log in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the daily cap must be between 1 and 2000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first day&apos;s cap must be between 1 and the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the warm-up step must be between 0 and the daily cap</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gaps between sends must be between 0 and 86400 seconds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the unsubscribe link must be an https URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the postal address is too long or holds control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::MailboxStore</name>
    <message>
        <source>a mailbox named %1 exists already</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already connected as mailbox %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::MemorySecretStore</name>
    <message>
        <source>Nothing is stored under &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::OutputFile</name>
    <message>
        <source>no output file named</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is the workspace (or one of its files): refusing to write over it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder: name a file to write</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 already exists: choose another name, or add --force to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write to standard output: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Proposal</name>
    <message>
        <source>unknown decision type &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal needs a &quot;target&quot; (what the action is about)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a proposal&apos;s id may only hold letters, digits, &apos;_&apos; and &apos;-&apos; (at most 64)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ProspectImporter</name>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ProspectScorer</name>
    <message>
        <source>industry unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+30 industry %1 matches the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industry %1 is not in the profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company size unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+20 %1 employees (%2) fits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 employees (%2) is outside the profile&apos;s sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+25 &quot;%1&quot; is a %2 role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a target role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+10 seniority %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>country unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+15 %1 is in the target regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is outside %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+5 uses %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ProviderConnector</name>
    <message>
        <source>the answer is not valid JSON (%1 at byte %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer has no &quot;people&quot; list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed %2 times in a row, so GreenDoor sends it no requests for another %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has failed %2 times in a row; a trial request is under way, try again shortly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say which companies (domains) or which job titles to look for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The page must be between 1 and 500</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Between 1 and 100 people per page can be asked for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address of %1 must start with https:// (the API key must not travel unencrypted): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked GreenDoor to pause; try again in %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 API key could not be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No API key for %1 is set. Add it under Settings → Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored API key for %1 is not valid (it contains a line break). Enter it again under Settings → Data providers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not authorized: spending %1 credits (%2 EUR) with %3 was not approved, so no search was made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. Last error: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request; try again later</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ReplyClassifier</name>
    <message>
        <source>line %1: unknown reply class %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no text of its own</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::RiskEngine</name>
    <message>
        <source>unknown decision type %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount %1% &gt; %2% limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discount %1% of a %2% limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal value unknown, so the discount&apos;s cost is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &gt; %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of a %2 limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 with no money limit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>recipient unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no recipient to check consent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact opted out %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a known prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email in 5 days to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails in 30 days to this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a &quot;first&quot; touch to a contact emailed %1 times this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cold contact (health %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no lawful basis recorded for contacting this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the contact asked to unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replying to a &quot;not interested&quot; answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replying to an objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal worth %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown target stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves the deal backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closes the deal through a stage move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a deal is final</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marks the deal lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 recipients</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more than doubled (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>raises %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exports personal data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>erasing personal data cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount is too large to judge</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::SecretStore</name>
    <message>
        <source>Internal error: a blocking secret read on the secret store&apos;s own thread would never finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store did not answer in time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret store was closed before it answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain is not available (simulated by the test store)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ServerCertificate</name>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server presented no certificate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server&apos;s certificate could not be read</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::SmtpTransport</name>
    <message>
        <source>libcurl could not start</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::SuppressionStore</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor @domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not on that suppression list</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Workspace</name>
    <message>
        <source>%1 already exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no workspace at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a folder, not a workspace file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be written (check the permissions of the file and its folder). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a workspace in %1: the folder is not writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was written by a newer GreenDoor (schema version %2). It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not prepare %1: %2. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is a symbolic link to %2, which does not exist. It was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects</name>
    <message>
        <source>there is no deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no deal %1 any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>personal data is exported or erased for one person, named by their email address, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::CampaignLaunchEffect</name>
    <message>
        <source>a campaign needs a one-line name of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of recipients cannot be negative</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DataExportEffect</name>
    <message>
        <source>nothing is held about %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DealCloseEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal closes &quot;won&quot; or &quot;lost&quot;, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DealMoveStageEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the stage before this move was not recorded, so it cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::DiscountEffect</name>
    <message>
        <source>there is no deal %1 any more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a discount is a number of percent between 0 and 100</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::EmailEffect</name>
    <message>
        <source>&quot;%1&quot; is not a list of valid email addresses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is not among the recipients (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject must be a single line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email&apos;s headers are not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the email cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::LimitsChangeEffect</name>
    <message>
        <source>&quot;%1&quot; is not a limit name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a limit&apos;s new value must be a number of at least 0</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::MeetingEffect</name>
    <message>
        <source>the meeting&apos;s attendee or title is not valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting needs the attendee&apos;s email address as its target, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a start time (ISO 8601, e.g. 2026-03-02T10:00:00Z)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting lasts between 5 and %1 minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s title must be a single line of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::ProviderSpendEffect</name>
    <message>
        <source>&quot;%1&quot; is not a provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the action names provider &quot;%1&quot; but the target is &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the amount must be a number of EUR between 0 and %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>credits must be a positive number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the search must be a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::SequenceEffect</name>
    <message>
        <source>a sequence needs the contact&apos;s email address as its target, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a sequence name (letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::AgentDetailPane</name>
    <message>
        <source>Accepts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Figures:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tasks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No agent selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>handled %1, failed %2, restarts %3
handling p50 %4 ms, p99 %5 ms
delivery p50 %6 ms, p99 %7 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resume agent</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::AgentTableModel</name>
    <message>
        <source>Idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restarting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>p99 latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heartbeat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ApprovalQueueModel</name>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ApprovalQueueView</name>
    <message>
        <source>&amp;Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve exactly the action shown (Ctrl+Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reject...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject with a reason the agent is told (Ctrl+Del)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit and Approve...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark &amp;Wrong...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say a carried-out decision was wrong: GreenDoor becomes more cautious with its kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark wrong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was wrong with it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reverse a carried-out decision where its action allows it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done on their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it waits, and the risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exact action:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item to see why it waits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n items selected</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed this: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Combined risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Financial</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strategic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To: %1
Subject: %2

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why? The agent is told, and will not propose the same again unless something changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit, then approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action (JSON):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save and Approve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The action is not valid JSON: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditModel</name>
    <message>
        <source>hash %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::AuditView</name>
    <message>
        <source>Filter by who, what or details...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv);;JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intact: %1 rows, chain head %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BROKEN at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verifying the chain...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::IcpDialog</name>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company sizes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Roles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Technologies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pains you solve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disqualifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal Customer Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Who do you sell to?&lt;/h3&gt;&lt;p&gt;Type your company&apos;s website. GreenDoor reads it (the home page and up to nine pages about your product, pricing and customers, respecting robots.txt) and drafts your Ideal Customer Profile, with the sentence behind every value. Nothing leaves your machine but those page requests.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read My Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill In by Hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you sell:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>comma-separated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read %1: %2. You can fill in the profile by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Read %n page(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1 (%2 of at most %3)...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &quot;%2&quot; (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the profile: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the current profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the profile...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ImportDialog</name>
    <message>
        <source>(ignore)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Full name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Employees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Location (city, country)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LinkedIn URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seniority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a generic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a CSV export from HubSpot, Salesforce, Apollo, Sales Navigator or any tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose File...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.tsv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it was rejected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Rejected Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file cannot be imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like %1 export (%2, delimiter %3). Check what each column holds, then import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maps to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled: nothing was stored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 new prospects, %2 merged into existing ones, %3 rows rejected (of %4, in %5 s).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::LearnedModel</name>
    <message>
        <source>more autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>more caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (%3 -&gt; %4, %5) - %6</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions of this kind with a combined risk below this may go ahead without asking, within the authority matrix and the admin&apos;s hard ceilings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing learned yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approval rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acts alone below risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Examples</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last change and why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::LearnedView</name>
    <message>
        <source>Every approval, rejection, edit, expiry and override teaches GreenDoor when a kind of decision may go ahead without asking. Learning only moves within the authority matrix and the admin&apos;s hard ceilings: it never grants authority the matrix does not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset what was learned...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forget everything learned about %1? It goes back to asking as the matrix&apos;s defaults say.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What was learned about %1 could not be reset.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::MainWindow</name>
    <message>
        <source>&amp;New Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open Workspace...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Demo Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause all autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop every agent from taking new work (Ctrl+Shift+P)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Pause Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Resume Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About GreenDoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About GreenDoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;GreenDoor %1&lt;/h3&gt;&lt;p&gt;An autonomous AI sales team that runs on your own machine, with you in charge.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No recent workspaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear List</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GreenDoor workspaces (*.%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GreenDoor workspaces (*.%1);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo data could not be loaded: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open workspace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent %1 was restarted: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - GreenDoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping the agents...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 agents, %2 working | tasks: %3 queued, %4 active, %5 done, %6 failed | %7 messages | %8 escalations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy paused - click to resume</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AUTONOMY PAUSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority &amp;Matrix...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exported the audit trail to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What GreenDoor learned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Approvals (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import Prospects...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal Customer &amp;Profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Research agent is reading %1&apos;s website.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 prospects (%2 merged, %3 rejected)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profile version %1; the Research agent re-scores your prospects.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::MatrixDialog</name>
    <message>
        <source>Authority Matrix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who decides what. Level low: agents act alone; medium: agents act alone once GreenDoor has learned the operator approves; high and critical: always an operator. The hard ceilings are absolute: above them nothing is autonomous, whatever was learned.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Money limit (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard ceiling (EUR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard ceiling (risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline (min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>autopilot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review risky</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>review all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::MessageLogModel</name>
    <message>
        <source>Task assignment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status update</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collaboration request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Escalation alert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Performance feedback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Handled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::MessageLogWidget</name>
    <message>
        <source>All agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All types</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High and above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Critical only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search messages...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coordinator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n shown</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>gd::ui::ProspectTableModel</name>
    <message>
        <source>loading...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Country</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ProspectsView</name>
    <message>
        <source>Search name, email or company...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>score &gt;= </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import CSV...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ideal Customer Profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrich Company from Its Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The Research agent reads the company&apos;s site (robots.txt honoured) and fills what is unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a prospect to see why it scores as it does and where its data came from.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Not scored yet.&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Score %1 of 100&lt;/b&gt;&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where the data came from</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::TaskListModel</name>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Task</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>GreenDoor: your autonomous AI sales team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the workspace at &lt;path&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the language &lt;code&gt; (e.g. en, de) instead of the system&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the demo workspace (created on first use).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the time to a shown window and an opened workspace, then quit.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>

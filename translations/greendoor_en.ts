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
    <message>
        <source>Coming back to our conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,

when we last spoke you asked me to come back to you around %1, so here I am: is now a better time to talk? If not, just tell me when.

Best regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::agents::DealAgent</name>
    <message>
        <source>contact health %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; the move to %1 is held back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 (%2): move from %3 to %4. Evidence: %5. Confidence %6%7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; contact health %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; contact health not known</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::agents::OutreachAgent</name>
    <message>
        <source>The first touch to %1 was sent; the follow-up sequence keeps the conversation going unless they reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 at %3) has not been contacted in 30 days; every sentence about them rests on a stored fact (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written by the language model %1 from these facts only; the grounding check found every claim in a cited fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written from the template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The configured language model is not used: %1.</source>
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
    <message>
        <source>Campaign %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the first unpaused mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment: %1 prospects now; %2 enrolled, %3 in a live sequence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1: %2, %3 business days after the previous one was sent, %4 variant(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STEP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PROPOSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DELIVERED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BOUNCED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>REPLIED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>POSITIVE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MEETINGS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign needs create --input FILE, list, show ID, start ID, pause ID or run [ID]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign create needs --input FILE with the campaign as JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 needs the campaign&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only campaign run takes --at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--at needs an ISO date and time, e.g. 2026-03-02T09:00:00Z</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>greendoor-cli: the campaign is not valid:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created campaign %1 (draft): %2 prospects in its segment now. Start it with `campaign start %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No campaigns yet (create one with `campaign create --input FILE`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MAILBOX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ENROLLED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 enrolled, %2 skipped, %3 emails proposed, %4 held for a missing fact, %5 waiting, %6 ended, %7 resumed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign %1 paused: no new email of it is proposed from now on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Launch of %1 (%2 prospects): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval %1 (`approvals approve %1`); the campaign becomes active once it is carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 read, %3 stored, %4 already known, %5 gone before reading, %6 too large, %7 decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server renumbered the folder (UIDVALIDITY changed): read again, nothing stored twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>UID %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(too large: headers only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox with an IMAP server: add one with `mailbox add ... --imap URL`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox named %1 with an IMAP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out at once: %1 (suppressions, sequence changes, reminders).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail takes the subcommand sync or import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mail import needs a PATH (an .eml file, a folder of them, or an mbox file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no conversation %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation #%1 with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conversations takes --contact EMAIL or show ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No conversations yet (replies arrive with `mail sync`, `mail import` or `run`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (%1 unread)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--value takes a number (the deal&apos;s value in its currency)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--close-date takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal move needs the deal&apos;s number and --stage STAGE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a deal needs --reason (why it was won or lost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator moves deal %1 (%2) from %3 to %4%5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The running team carries it out (greendoor-cli run, or the console).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal show needs the deal&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>contact: %1 &lt;%2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win probability: %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close date: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>next step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>close reason: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>evidence: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No deals yet: `deal create --title T --value N` opens one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal takes create, show ID, move ID --stage S or list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted %1 (%2 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open: %1, weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ICP extraction on %1 labelled sites in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision recall  (n)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: F1 over all fields %2; %3 ms per site (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, per site (- missing, + not expected):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>offering &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>labels.csv line %1: unknown class &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labelled replies in %1 (labels.csv, or the class in each .eml file&apos;s name)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply classification on %1 labelled replies in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>precision recall</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 right (%4%); %5 ms per reply (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confusion matrix (rows: labelled class, columns: predicted):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a file or folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 line %2 is not a labelled objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labelled objectives (.jsonl) in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective parsing on %1 labelled objectives in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 of %3 real goals exact (metric, target, deadline, currency); %4 ms per objective (median)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eval needs --task icp|reply|objective and --data DIR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown task %1: use icp, reply or objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--today takes a date as YYYY-MM-DD</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a goal yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>metric: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>target: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deadline: %1 (from &quot;%2&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industries: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company sizes: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: %1 = %2 (&quot;%3&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 needs --text &quot;the objective in plain words&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not added: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conflict: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 does not take --text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goals yet: `goal add --text &quot;...&quot;` sets one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 needs the goal&apos;s number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>progress: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal takes parse, add, list, show ID or remove ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--server-saves-sent takes yes or no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox needs add, test NAME, list, set NAME, resume NAME or remove NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 sends again; its waiting emails go out when their turn comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 carried out; %2 waiting or held (see `outbox list`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox needs list, resolve ID --sent|--resend or run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox resolve needs an item id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox %1 takes no argument</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox resolve needs exactly one of --sent (it did leave) or --resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no outbox item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outbox item %1 is %2, not held</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator confirmed it was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the operator ordered a resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 will be booked as sent (nothing is sent again).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outbox item %1 will be sent again when its turn comes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The outbox is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the API key from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key on standard input is longer than 16 KiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key on standard input spans several lines; give it on one line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--key-stdin reads the API key from standard input; it was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 takes a price in EUR per million tokens (e.g. 0.15)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the model&apos;s API key could not be read (%1); asking the model without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the configured model is not used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model set needs --url URL and --model NAME (Ollama: --url %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--send-prospect-data takes on or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model set: %1 at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect data (stored fields, evidence, reply text) is sent to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect data is NOT sent to it (turn on with --send-prospect-data on); ICP drafts from your own website and objectives still use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try it: greendoor-cli --workspace %1 model test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is configured: the offline model answers every task. Ollama users: model set --url %1 --model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model:          %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address:        %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>another machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key:        %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in the keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:          %1 EUR in, %2 EUR out per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect data:  %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the API key could not be removed from the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model off: the offline model answers every task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model is configured: model set --url URL --model NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the model&apos;s API key could not be read (%1); testing without one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: the configured model %1 is not in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>model takes set, test, show or off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by the offline model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by the model %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the offline model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>by the model %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 email(s) already approved stay in the outbox, held until the campaign is started again; %2 wait in the approval queue (reject them there to stop them). `campaign start %3` resumes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cascade:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits on decisions (authority matrix):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign: %1 (draft; segment: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agents&apos; shares (tasks):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>task %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rates used:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: read by the offline goal parser: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--budget takes the EUR one model budget authorizes (e.g. 5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid calls draw on a model budget of %1 EUR: a provider.spend decision the authority matrix judges (above its limit it waits for your approval; until then the offline model answers). Each call&apos;s actual cost is booked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Budget:         %1 EUR per provider.spend decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2): %3 of %4 EUR left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report needs --kind %1 --from YYYY-MM-DD --to YYYY-MM-DD [--format pdf|csv] --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a PDF report needs --output FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot draw a PDF without a graphics platform</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot build the report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report was written but could not be recorded in the audit trail: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the %1 for %2 to %3 (%4 KB).</source>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--probabilities takes STAGE=PERCENT pairs separated by commas, e.g. qualified=10,discovery=25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal %1 removed (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limits taken off the authority matrix: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 deleted (a draft that never ran)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 archived: it ran, so its sends and figures are kept; it is finished and its contacts still in the sequence were stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 was already gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent tasks cancelled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>agent tasks already run or running, left as they are: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the report: %1</source>
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
    <message>
        <source>no model is configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hello,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hi %1,</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best regards,
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer was empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not valid JSON (%1 at character %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the answer is not a JSON object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause a contact&apos;s sequence until a date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never mail an address again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind to take a contact up again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a referred person as a prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospects</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal behind: %1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n approval(s) waiting for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1: expected a list of texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: expected a list of non-empty texts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: unknown field &quot;%2&quot; (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: there is no shipped template &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the subject is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the body must be text or a list of paragraphs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: variants must be a non-empty list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: a variant needs a short id such as &quot;A&quot; or &quot;B&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: variant &quot;%2&quot; is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>qualified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>discovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you for your reply. Would %1 (%2) suit you for a %3-minute call? The calendar invitation is attached; if another time is better for you, just tell me which.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>thank you for telling me plainly. I understand the concern, and I would rather answer it properly than send another generic email: would a short call, or a one-page summary of how teams like yours have handled this, be useful? If not, I will not follow up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stalled: %1 — no activity for %2 days in stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n more stalled deal(s) in the Pipeline tab</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outreach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 prospects to research</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 first-touch emails</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings to book</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 meetings to turn into deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 deals to win</source>
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
    <name>gd::core::AuditSentence</name>
    <message>
        <source>risk %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>details withheld: suppressed contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposed by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>assessed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (acts alone up to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>allowed to act alone: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approved by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rejected by %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited by %1 before approval: %2, now risk %3 %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no answer before the deadline, denied: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>carried out: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not be carried out: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held for an operator: %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>marked wrong by %1: %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>undone by %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 changed the authority matrix: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reset what was learned: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 exported the %2 report for %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 removed goal %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; taken back with it: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::AuthorityMatrix</name>
    <message>
        <source>%1 (this one offers %2%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, and %2 were authorized in the last 24 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 spent since the goal was set, this adds %3)</source>
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
    <name>gd::core::CachedProspectScorer</name>
    <message>
        <source>disqualified: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::CalendarInvite</name>
    <message>
        <source>an invitation needs a UID, an organiser, an attendee and a start time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>libical could not write the invitation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a meeting needs the attendee&apos;s email address, not &quot;%1&quot;</source>
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
        <source>&quot;%1&quot; is not a time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the organiser is not a valid email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s title and names must be single lines of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the meeting&apos;s id is not valid</source>
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
    <name>gd::core::CampaignActions</name>
    <message>
        <source>there is no campaign named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 is already active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 is finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 already waits for its launch to be approved (see the approval queue)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asked to start campaign %2; its segment holds %3 prospects now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 is %2, not active</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::CampaignDefinition</name>
    <message>
        <source>name: a campaign needs a name of letters, digits, &apos;.&apos;, &apos;_&apos; and &apos;-&apos; (at most 100)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox: there is no mailbox &quot;%1&quot; in this workspace (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add one with `mailbox add`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment.min_score: a whole number from 0 to 100</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment.company_sizes: &quot;%1&quot; is not a size band (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>segment.limit: a whole number from 1 to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: a campaign needs at least one step (first_touch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steps: at most %1 steps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: first_touch, follow_up or breakup, not &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: the first step, and only the first, is the first_touch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.kind: the breakup email must be the last step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.after_business_days: the first step goes out at the start (0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.after_business_days: a whole number of business days from 1 to %2 after the previous step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: give either variants or one template/subject/body, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the campaign&apos;s variants are the first step&apos;s content; remove its template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.variants: the ids must be the same in every step with variants (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variants: given for the campaign and for steps[0]; keep one</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::CampaignStore</name>
    <message>
        <source>there is already a campaign named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not sent: %1&apos;s sequence in campaign %2 ended since it was approved (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 is paused: the email goes when it is started again</source>
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
    <name>gd::core::DealBook</name>
    <message>
        <source>a deal needs a one-line title of at most 200 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>company, next step and owner are one line of text each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a deal stage (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a deal&apos;s value is a number from 0 to 1,000,000,000,000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not an ISO 4217 currency code (e.g. EUR, USD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no prospect with the address %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>created in stage %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moved from %1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decision %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no activity for %1 days in stage %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a MEDDPICC field (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a MEDDPICC field needs the evidence it rests on (a reply, a meeting note, a field)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no deal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stalled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the close date %1 passed %2 days ago in stage %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meeting booked on %1 (decision %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>proposal emailed on %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply on %1 says &quot;%2&quot;: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested reply on %1: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a win probability is a percentage from 0 to 100</source>
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
    <message>
        <source>outbox item %1 is not held</source>
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
    <message>
        <source>no keychain to read the mailbox password from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no password in the keychain for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::FunnelRate</name>
    <message>
        <source>positive replies per email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies per email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>meetings per positive reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals per meeting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals won per deal closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>average deal value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (this workspace, %3 examples)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 (default: %3 examples so far)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Goal</name>
    <message>
        <source>meetings booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pipeline value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revenue closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emails sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospects researched</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>win rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not a goal yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a win rate of %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a response time of at most %1 hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GoalCap</name>
    <message>
        <source>goal %1: no discount beyond %2%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1: at most %2 emails a day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1: spend at most %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1: %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GoalCascade</name>
    <message>
        <source>%1 is a rate: no volume to share out; progress is measured as it stands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target needs about %1 emails a working day, but the goal allows at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the budget in %1 is not enforced: spend is recorded in EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no segment named (industries, roles, regions or sizes): no campaign drafted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>drafted from goal %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the segment could not become a campaign: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1, %2; %3 done so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign archived: goal %1 was removed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GoalParser</name>
    <message>
        <source>no currency named: taken as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What should GreenDoor aim for? Name a result, a number and a date, e.g. &quot;20 meetings with logistics CFOs by end of March&quot; or &quot;EUR 200k pipeline by end of Q1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much %1, and in which currency?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many %1 (a number)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By when? For example &quot;by end of March&quot;, &quot;in 6 weeks&quot; or &quot;by 2027-02-15&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The deadline %1 has passed: by when instead?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GoalShare</name>
    <message>
        <source>%1: %2, %3 a week</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GoalStore</name>
    <message>
        <source>not a goal yet: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no goal %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not measured from events yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2 %3; at this pace %4 by %5 (%6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 aims for the same result with another target or date: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>goal %1 sets another limit: %2 (this one: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::GroundingChecker</name>
    <message>
        <source>the draft has no sentences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names the number %1, which is in none of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it names &quot;%1&quot;, who or which is in none of the facts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence %1 cites &quot;%2&quot;, which is not one of the facts given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence %1 cites %2 but says nothing that is in it: &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sentence %1 says something about the prospect without citing a fact: &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::IcpEval</name>
    <message>
        <source>%1 is not a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no labelled sites (folders with a label.json) in %1</source>
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
    <message>
        <source>the workspace is not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::MailSync</name>
    <message>
        <source>not a MIME message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(This message of %1 MB is over the %2 MB limit: only its headers were stored.)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the message could not be stored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 has no IMAP server: replies cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server returned nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the folder was renumbered during the sync; the next sync reads it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deleted from the server before it could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no .eml or .mbox files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
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
    <message>
        <source>the Sent folder&apos;s name may not hold control characters</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::MailboxCheck</name>
    <message>
        <source>could not read the SMTP server&apos;s certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not read the IMAP server&apos;s certificate: %1</source>
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
    <name>gd::core::ModelSettings</name>
    <message>
        <source>the model&apos;s address is not a web address: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s address must start with http:// or https://</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the API key would travel unencrypted: use https:// for a server that is not on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model name is set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ModelSpend</name>
    <message>
        <source>the model budget of %1 EUR (provider.spend decision %2) waits for approval; until then the offline model answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last model budget (provider.spend decision %1) was %2; no new one is proposed before %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A budget of %1 EUR for calls to the language model %2 (%3 / %4 EUR per million tokens in / out). The first call (%5) would cost at most %6 EUR; every call&apos;s actual cost is booked against this budget in the spend ledger.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model budget %1 has no room left for a call costing up to %2 EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model budget of %1 EUR (provider.spend decision %2) is above what the agents may spend alone and waits for approval; until then the offline model answers (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a model budget of %1 EUR was refused by the authority matrix (provider.spend decision %2: %3)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::OfflineModel</name>
    <message>
        <source>I read that your company describes itself as &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read that %1 describes itself as &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I read on your website: &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, you may be the right person to ask.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As %1, you may be the right person to ask about %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>We help with %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 helps with %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would a short call next week be useful?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quick question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A question for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your reply. Would you like to suggest a time for a short call, or shall I send a few options?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for letting me know. I will get back to you later and will not write before then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for your honest answer. May I ask what would need to be true for this to be worth a conversation?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thank you for pointing me to the right person; I will contact them directly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understood, thank you for letting me know. I will not write to you again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reply has no class; classify it first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an automatic reply or a bounce gets no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re: your reply</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::OpenAiCompatibleModel</name>
    <message>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered without a choice: not the Chat Completions format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model declined (content filter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model declined: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 sent an answer larger than %2 MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer within %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>could not reach %1 (%2)</source>
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
        <source>%1 refused the API key (HTTP %2)</source>
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
    <message>
        <source>%1 (gave up after %2 attempts)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 asks to wait %2 s before the next request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model failed %1 times in a row, so GreenDoor skips it for another %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a paid model call needs a spend authorization, and none was given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, again after a repair request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prospect data is not sent to %1 (the switch &quot;send prospect data to the model&quot; is off for this workspace)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 answered HTTP %2 to GET /models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 did not answer GET /models with a model list (is this an OpenAI-compatible address, ending in /v1?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s draft was rejected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the model&apos;s goal could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (no repair request: it could cost more than the %2 EUR authorized for this call)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the evidence &quot;%2&quot; is not the id of a sentence of the pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;deciding&quot; must quote the sentences of the reply that decided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a quote from the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the target %1 is not a number the objective names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the deadline must be YYYY-MM-DD or &quot;&quot;</source>
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
    <name>gd::core::OutreachDrafter</name>
    <message>
        <source>the subject&apos;s {{%1}} is not a fact GreenDoor stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the body is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{{%1}} in &quot;%2&quot; is not a fact GreenDoor stores (known: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2, which is not a fact GreenDoor stores</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses %2 without naming it in needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the subject needs %1, which is not stored for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs %2, which is not stored for this contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; left out: no %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no sentence of the template could be filled</source>
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
    <name>gd::core::ReplyActions</name>
    <message>
        <source>reply classified %1 (confidence %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reply classified %1 (confidence %2): &quot;%3&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard bounce %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no status)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of office until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of office, no return date named: paused %1 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referred us to someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call: %1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Following up on your reply to &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested: a meeting is proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection: waiting for the answer to it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said not now; take it up again on %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 said not now without a date; take it up again in %2 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not now: until %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a calendar invitation for that time is attached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was written by the language model %1 from the stored facts and the reply only; the grounding check found every claim in a cited fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The answer was written from the template: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interested reply %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - interested reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>call proposed for %1</source>
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
    <name>gd::core::ReportPeriod</name>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ReportPrivacy</name>
    <message>
        <source>a suppressed contact</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::ReportRequest</name>
    <message>
        <source>unknown report kind &quot;%1&quot; (one of: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must be a date written YYYY-MM-DD, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the period ends (%1) before it starts (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a report covers at most five years</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--format must be pdf or csv, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::Reports</name>
    <message>
        <source>unknown report kind &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Suppressed and erased people appear as &quot;%1&quot;: the report holds no name or address of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The table above shows the first %1 rows; the CSV export of this report holds all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing happened in this period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write the PDF: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workspace: %1
Period: %2
Created: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GreenDoor report</source>
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
    <name>gd::core::SendGate</name>
    <message>
        <source>daily cap of %1 reached for mailbox %2; next slot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting %1 s between sends from mailbox %2; next slot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>outside the sending window %1 in %2&apos;s time (%3); next slot %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>domain cap of %1 a day reached for %2; next slot %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 reached; next slot %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::SequenceEngine</name>
    <message>
        <source>%1 days ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 hours ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the stored definition is not valid: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: on the suppression list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: replied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped: in campaign %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 not enrolled: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>resumed: the pause ended %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: unsubscribed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: on the suppression list (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: unsubscribed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: replied %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: meeting booked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: the step %1 email was %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: step %1 not sent yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: step %1 was not sent (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>finished: all %1 steps sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: step %1 due %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the step has no content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step %1 (%2) of campaign %3, variant %4; every sentence about %5 rests on a stored fact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 could not be proposed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting: step %1 awaits approval</source>
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
    <message>
        <source>To stop these emails, reply with &quot;unsubscribe&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To stop these emails, reply with &quot;unsubscribe&quot; or open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closing a deal won or lost needs a &quot;reason&quot; (why it was won or lost)</source>
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
        <source>there is no campaign named %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no campaign named %1 (create it with `campaign create`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 cannot start: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 is finished</source>
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
    <message>
        <source>%1 must be a single line of text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 was removed while email %2 from it may have left; resolve it by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no mailbox is connected: written to a file, not sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 has no IMAP server to look in its Sent folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the IMAP server could not be asked: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no Sent folder found (tried %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounced: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 is paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mailbox %1 cannot log in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>found in %1 after an interrupted send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email %1 was interrupted mid-send and is not in %2 yet; looking again before sending it again (the server may still be filing it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email %1 may have left before GreenDoor stopped: it is not in %2, but mailbox %3&apos;s server does not file sent mail itself; check and run `outbox resolve` with --sent or --resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>email %1 may have left before GreenDoor stopped and it cannot be checked (%2); check and run `outbox resolve` with --sent or --resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is on the suppression list (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server went silent after receiving email %1; checking the Sent folder before any resend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused after a failed send; fix the settings, then `mailbox resume %2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server refused for now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the mail server refused the email: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the SMTP server of mailbox %1 cannot be reached (%2); next try %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the invitation is not valid: %1</source>
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
        <source>the invitation cannot be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::ProspectAddEffect</name>
    <message>
        <source>referred by %1 (message %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a new prospect needs an email address or a name, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 must be one short line</source>
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
    <name>gd::core::effects::ReminderEffect</name>
    <message>
        <source>a reminder needs the contact&apos;s email address as its target, not &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date (ISO 8601, e.g. 2026-03-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a reminder&apos;s note holds at most 2000 characters</source>
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
    <message>
        <source>ended: stopped by a decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is already in the live sequence %2; a contact is in one sequence at a time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a date to pause until (ISO 8601, e.g. 2026-03-02)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reason must be a single line of text</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::effects::SuppressionEffect</name>
    <message>
        <source>&quot;%1&quot; is neither an email address nor a domain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a campaign name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the %1 must be one short line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::jsonschema</name>
    <message>
        <source>%1: expected %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: must be one of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: below the minimum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: above the maximum</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: longer than %2 characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: missing &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: more than %2 items</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports</name>
    <message>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acted alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>queued for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports::ActivityReport</name>
    <message>
        <source>Activity report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 emails sent, %2 replies (%3 interested), %4 meetings booked, %5 deals opened, %6 won.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails sent and replies per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emails sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies by class per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel (all time, as the dashboard shows it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interested replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings booked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports::AuditReport</name>
    <message>
        <source>Audit trail report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is intact: %1 rows in all, head %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is BROKEN at row %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 audit rows in the period.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit rows per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The trail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row</source>
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
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports::DecisionsReport</name>
    <message>
        <source>Decisions report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By decision type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acted alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Carried out</source>
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
        <source>Edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 decisions proposed; the agents acted alone on %2 of those allowed (aim: at least 85 %), people overrode %3 of what they reviewed (aim: under 10 %).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy and override rate per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overrides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decisions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every decision in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision id</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports::GoalsReport</name>
    <message>
        <source>Goals report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals: where they are and where the pace leads (as of %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of target, percent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At this pace by the deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 goals; %2 behind their pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Objective</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metric</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Projected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::core::reports::PipelineReport</name>
    <message>
        <source>Pipeline report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage (%1), as it stands now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline value by stage (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 open deals worth %2 %3 (weighted %4 %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moves per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage moves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals open during the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
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
    <message>
        <source>What each sentence rests on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sentence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stored value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no fact: about us / the ask</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Attached: calendar invitation &quot;%1&quot;, %2 (%3), %n minute(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Why it waits, the agent&apos;s reasoning and the risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 proposed this:</source>
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
        <source>What happened</source>
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
    <message>
        <source>Raw JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the selected row exactly as the audit log stores and hashes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a row to see its details as stored.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignContactsModel</name>
    <message>
        <source>%1 (updated %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>done (%1 of %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignsModel</name>
    <message>
        <source>Draft</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first unpaused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::CampaignsView</name>
    <message>
        <source>A campaign sends a sequence of steps to a segment of prospects from your mailbox. Starting one is a decision an operator approves; each contact gets each step at most once, and a reply, a bounce, an unsubscribe or a meeting ends their sequence.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Propose the launch: it waits in the approval queue until an operator approves it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pause</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a campaign to see its figures and contacts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bounced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1. %2 after %3 business days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 - %2. Segment: %3 prospects now, %4 enrolled, %5 in a live sequence. Steps: %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not started: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch of %1 (%2 prospects now) waits in the approval queue; the campaign becomes active once it is approved and carried out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 will start: its launch is within the agents&apos; authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The launch of %1 was refused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 was not paused: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop this campaign&apos;s emails at once: none is proposed, emails already approved are held in the outbox until it is started again; emails waiting for approval stay in the queue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 paused: no new email of it is proposed. %2 already approved are held until it is started again; %3 wait in the approval queue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ConversationModel</name>
    <message>
        <source>interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not interested</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>objection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out of office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bounce</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no reply yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::ConversationsView</name>
    <message>
        <source>Contact&apos;s email address...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check mail now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review reply draft...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a conversation to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n conversation(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Conversation with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Because:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refers to %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard bounce %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soft bounce %1 for %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s), not stored</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>carried out by the agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::DashboardView</name>
    <message>
        <source>Goal progress against its pace</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies by class per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no such chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a goal to see progress against its pace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>people or deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replies by class per week (none yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overridden</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Set a Goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set a Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What do you want to achieve? For example: &quot;Land 15 meetings with heads of operations at Benelux logistics firms by end of January, at most 30 emails a day&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GreenDoor understood: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>industries: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>roles: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>regions: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>limit: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this goal?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal added; it conflicts with: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No goal yet: Set a Goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (millions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (thousands)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>W%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>week (Mondays %1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save every chart as a PNG image into a folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save Charts</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n chart(s) saved to %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Open pipeline by stage, week by week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rate per campaign and variant (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Autonomy and overrides per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent throughput (last 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent latency (last 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated %1 (read in %2 ms)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>steady pace to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this pace: on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at this pace: behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Funnel: prospects to won deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline by stage, now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weighted by win probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1; deals in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rates by campaign and variant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>replied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>positive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>variant %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>% of delivered (95 % interval)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aim ≥ %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>aim under %1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent latency (no metric snapshots yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent latency: median handling time (last 24 h)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent throughput (no metric snapshots yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>messages per hour</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which goal the chart shows: its progress, the pace line and where this pace leads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Goal:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove Goal...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the goal shown, with its limits on decisions, its agents&apos; tasks not yet run and its campaign (deleted if it never ran, archived if it did)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>alone: share of the week&apos;s decisions the agents could carry out without an approval; overridden: share of the week&apos;s reviewed approvals that were rejected or edited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each deal counted in the stage it was in at the end of each week, from its stage history. Values are the deals&apos; current values: GreenDoor does not record changes of a deal&apos;s value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>on track</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Goal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove goal #%1 (%2)?

Its limits on decisions and its agents&apos; tasks not yet run go with it. Its campaign is deleted if it never ran, or archived with its history if it did.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n limit(s) taken off</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n task(s) cancelled</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>draft campaign %1 deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>campaign %1 archived with its history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal #%1 removed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>(goal %1 of %2; %n behind)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>deals in brackets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline by stage at each week&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply rates (no emails delivered yet)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%</source>
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
    <message>
        <source>Asking the model %1 to draft the profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by the offline model: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drafted by the model %1.</source>
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
    <name>gd::ui::MailboxDialog</name>
    <message>
        <source>%1 %2: connected and logged in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2: %3 (%4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailboxes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a short label, e.g. sales</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>you@your-company.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the name recipients see</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;SMTP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>smtp://host:587 (STARTTLS) or smtps://host:465</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;IMAP server:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>imaps://host:993 or imap://host:143 (STARTTLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>usually the email address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>app password; stored in the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unsubscribe link:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional https:// page for one-click unsubscribe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Trust this server&apos;s certificate (self-signed or from a private authority)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> emails / 24 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> on day one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> more each day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warm-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Daily &amp;cap:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s random extra</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gap between sends:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending &amp;window (recipient&apos;s time):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Si&amp;gnature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>your company&apos;s postal address: the footer of every email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postal &amp;address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test Connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove Mailbox</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove mailbox %1? Its password is removed from the keychain; emails already sent stay in the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (paused)
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No mailbox yet: fill in the form, test the connection and save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unchanged (stored in the system keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trusted certificate: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the servers first: the certificate is read from them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the servers&apos; certificates...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SMTP certificate: %1, issued by %2, expires %3
pin %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>IMAP certificate: %1, issued by %2, expires %3
pin %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only these exact keys will be accepted. Save to trust them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the password (an app password where your provider offers one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the password from the system keychain...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user or server changed: enter the password for the new login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password stored in the keychain for this mailbox: enter it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The keychain cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mailbox named %1 exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The certificate could not be read, so it cannot be trusted: untick &quot;Trust&quot; or try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection before saving...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the connection test failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 saved; its password is in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: the password cannot be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Removing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mailbox %1 removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent &amp;folder:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: found by name (Sent, Sent Items, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server &amp;files sent mail itself (Gmail, Microsoft 365)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On: GreenDoor does not add its own copy to the Sent folder, and an email interrupted mid-send that is not found there is sent again. Off: GreenDoor files a copy, and such an email is held for you to decide.</source>
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
    <message>
        <source>&amp;Mailboxes...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language Model...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Campaigns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pipeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the mailboxes for replies...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;Report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Appearance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;System</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dark</source>
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
    <message>
        <source>Limits from goals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by a goal; removed when the goal is removed.</source>
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
    <name>gd::ui::ModelDialog</name>
    <message>
        <source>Language Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GreenDoor&apos;s offline model is always there. To draft with a language model, point GreenDoor at an OpenAI-compatible server: Ollama or llama.cpp on this machine, or your team&apos;s endpoint. Answers are checked against the facts; when the model fails or its draft is not grounded, the offline model answers and says why.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use &amp;Ollama on this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Address:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. llama3.2 (Test lists what the server has)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional; leave empty to keep the stored key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send prospect data to the model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turn &amp;Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent: the prospect&apos;s stored fields and evidence sentences a draft may use, and the text of replies to classify or answer. Never sent: API keys, other prospects, the workspace.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sent: drafts and reply classification stay with the offline model. ICP drafts from your own website and objectives still use the model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the server&apos;s address first, e.g. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asking %1 for its models…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server offers %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Test failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The API key could not be stored in the keychain: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Turning the model off…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> EUR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid calls draw on a model budget of this amount: a provider.spend decision the authority matrix judges (above its limit it waits for your approval). Each call&apos;s actual cost is booked against it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Budget:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::PipelineView</name>
    <message>
        <source>Stage / deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weighted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Move to Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was it won?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why was it lost?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move to Next Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 deals, %3 %)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open pipeline: %1, weighted %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n stalled deal(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No workspace open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a deal to see its detail and timeline.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next step:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The operator moved deal %1 to %2 in the pipeline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Proposing the move...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not moved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Moving: the decision is carried out now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for approval: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage &amp;Probabilities...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance that a deal in each stage is won; the weighted value uses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage Probabilities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chance that a deal in each stage is won. The weighted pipeline value, the dashboard and the reports use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage probabilities saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
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
    <name>gd::ui::ReportDialog</name>
    <message>
        <source>Export Report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (title page, charts, tables)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (every row, for spreadsheets)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a report and a period, then Preview to see it before saving.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Cancel report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Building the preview...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be built: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preview: the first %1 rows. The PDF holds up to %2, the CSV all of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Preview: %n row(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Writing %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelled: nothing was saved.</source>
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
    <name>gd::ui::TrayIcon</name>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell me on the desktop about new escalations and goals falling behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;Approvals</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>gd::ui::TrayNotifier</name>
    <message>
        <source>GreenDoor: nothing waiting for you</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>GreenDoor: %n approval(s) waiting for you</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Escalation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Goal falling behind</source>
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

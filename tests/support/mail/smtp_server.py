#!/usr/bin/python3
"""A real SMTP submission server for GreenDoor's tests (aiosmtpd from Debian).

Accepts AUTH PLAIN/LOGIN for the users in USERS_FILE (lines "user:{PLAIN}password"), offers
STARTTLS on the plain port and implicit TLS on the second port, and hands every accepted message
to Dovecot over LMTP so it lands in the recipient's Maildir. Faults for tests are read from
CONTROL_FILE (JSON) at every transaction, so a test can change them while the server runs:
  {"reject_auth": true}            every AUTH fails with 535
  {"tempfail": N}                  the next N transactions get 451 at DATA (counted down in the file)
  {"reject_rcpt": ["a@x.test"]}   550 for those recipients
  {"drop_after_data": true}          the connection is closed after the whole message arrived, before the reply (the sender cannot know whether it was accepted)
  {"deliver_then_drop": true}      the message is delivered, then the connection drops before the reply
  {"delay_ms": 2000}               wait before answering DATA
  {"save_sent": true}              like Gmail or Outlook: a copy of every accepted message is filed in the
                                   sender's Sent folder (LMTP to user+Sent) before the reply
  {"no_delivery": true}            accept without delivering (throughput measurements of the client side)
Usage: smtp_server.py DIR PLAIN_PORT TLS_PORT LMTP_PORT CERT KEY
Writes DIR/smtp.ready when listening; logs to DIR/smtp.log; stops on SIGTERM.
"""
import asyncio
import warnings
import json
import os
import signal
import smtplib
import ssl
import sys
import time

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

warnings.filterwarnings("ignore", category=DeprecationWarning)

DIR, PLAIN_PORT, TLS_PORT, LMTP_PORT, CERT, KEY = sys.argv[1:7]
PLAIN_PORT, TLS_PORT, LMTP_PORT = int(PLAIN_PORT), int(TLS_PORT), int(LMTP_PORT)
USERS_FILE = os.path.join(DIR, "users")
CONTROL_FILE = os.path.join(DIR, "smtp-control.json")
LOG = open(os.path.join(DIR, "smtp.log"), "a", buffering=1)


def log(*parts):
    LOG.write(time.strftime("%H:%M:%S ") + " ".join(str(p) for p in parts) + "\n")


def control():
    try:
        with open(CONTROL_FILE) as f:
            return json.load(f)
    except (OSError, ValueError):
        return {}


def save_control(c):
    tmp = CONTROL_FILE + ".tmp"
    with open(tmp, "w") as f:
        json.dump(c, f)
    os.replace(tmp, CONTROL_FILE)


def users():
    out = {}
    with open(USERS_FILE) as f:
        for line in f:
            line = line.strip()
            if ":" in line:
                user, secret = line.split(":", 1)
                out[user] = secret.replace("{PLAIN}", "", 1)
    return out


def authenticator(server, session, envelope, mechanism, auth_data):
    if control().get("reject_auth"):
        log("auth rejected by control")
        return AuthResult(success=False, handled=False)
    if not isinstance(auth_data, LoginPassword):
        return AuthResult(success=False, handled=False)
    user = auth_data.login.decode()
    ok = users().get(user) == auth_data.password.decode()
    log("auth", user, "ok" if ok else "failed")
    if ok:
        session.gd_user = user
    return AuthResult(success=ok, handled=False)


class Handler:
    async def handle_RCPT(self, server, session, envelope, address, rcpt_options):
        if address.lower() in [a.lower() for a in control().get("reject_rcpt", [])]:
            log("rcpt rejected", address)
            return "550 5.1.1 <%s>: Recipient address rejected: User unknown" % address
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server, session, envelope):
        c = control()
        if c.get("delay_ms"):
            await asyncio.sleep(c["delay_ms"] / 1000.0)
        if c.get("drop_after_data"):
            log("dropping connection after DATA, not delivered")
            server.transport.abort()
            return "421 4.4.2 connection dropped"
        if c.get("tempfail", 0) > 0:
            c["tempfail"] -= 1
            save_control(c)
            log("tempfail at DATA")
            return "451 4.3.0 Temporary failure, try again later"
        data = envelope.original_content
        refused = {}
        try:
            if not c.get("no_delivery"):
                with smtplib.LMTP("127.0.0.1", LMTP_PORT) as lmtp:
                    refused = lmtp.sendmail(envelope.mail_from, envelope.rcpt_tos, data)
                    if c.get("save_sent") and getattr(session, "gd_user", None):
                        local, _, domain = session.gd_user.partition("@")
                        lmtp.sendmail(envelope.mail_from, ["%s+Sent@%s" % (local, domain)], data)
        except smtplib.SMTPRecipientsRefused as e:
            log("lmtp refused all", e.recipients)
            return "550 5.1.1 recipients refused"
        except Exception as e:  # noqa: BLE001 - any LMTP failure is a temporary one for the client
            log("lmtp failed", repr(e))
            return "451 4.3.0 local delivery failed"
        if c.get("deliver_then_drop"):
            log("delivered, dropping connection before the reply")
            server.transport.abort()
            return "421 4.4.2 connection dropped"
        queue_id = "Q%d" % int(time.time() * 1e6)
        log("accepted", envelope.mail_from, envelope.rcpt_tos, len(data), "bytes", queue_id, "refused", refused)
        return "250 2.0.0 Ok: queued as " + queue_id


def main():
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(CERT, KEY)
    common = dict(hostname="127.0.0.1", authenticator=authenticator, auth_require_tls=False,
                  auth_exclude_mechanism=["CRAM-MD5"], data_size_limit=64 * 1024 * 1024)
    plain = Controller(Handler(), port=PLAIN_PORT, tls_context=tls, require_starttls=False, **common)
    implicit = Controller(Handler(), port=TLS_PORT, ssl_context=tls, **common)
    plain.start()
    implicit.start()
    with open(os.path.join(DIR, "smtp.ready"), "w") as f:
        f.write("%d %d\n" % (PLAIN_PORT, TLS_PORT))
    log("listening", PLAIN_PORT, TLS_PORT)
    stop = []
    signal.signal(signal.SIGTERM, lambda *a: stop.append(1))
    signal.signal(signal.SIGINT, lambda *a: stop.append(1))
    while not stop:
        time.sleep(0.05)
    plain.stop()
    implicit.stop()
    log("stopped")


if __name__ == "__main__":
    main()

#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

namespace gd::core {

// The certificate a mail server presents, read without trusting it, so the user can decide to
// trust exactly this one ("trust this certificate"): its public-key pin is what is stored.
struct ServerCertificate
{
    QByteArray pin; // "sha256//BASE64" of the SubjectPublicKeyInfo; empty on failure
    QString subject;
    QString issuer;
    QString expires;
    QString error;

    // Connects (STARTTLS on smtp:// and imap://), reads the leaf certificate, disconnects.
    static ServerCertificate fetch(const QUrl& url, int timeoutMs = 15000);
    // "sha256//BASE64" of the SubjectPublicKeyInfo inside a DER certificate; empty when malformed.
    static QByteArray pinFromDer(const QByteArray& der);
};

} // namespace gd::core

#include "core/mail/ServerCertificate.h"

#include "core/Text.h"
#include "core/net/CurlTransfer.h"

#include <QCryptographicHash>

namespace gd::core {

namespace {

// One DER TLV at pos: its tag, where its content starts and how long it is. False when malformed.
bool readTlv(const QByteArray& der, qsizetype pos, quint8* tag, qsizetype* contentStart, qsizetype* length)
{
    if (pos + 2 > der.size())
        return false;
    *tag = static_cast<quint8>(der.at(pos));
    quint8 first = static_cast<quint8>(der.at(pos + 1));
    qsizetype p = pos + 2;
    qsizetype len = 0;
    if (first < 0x80) {
        len = first;
    } else {
        const int bytes = first & 0x7f;
        if (bytes == 0 || bytes > 4 || p + bytes > der.size())
            return false;
        for (int i = 0; i < bytes; ++i)
            len = (len << 8) | static_cast<quint8>(der.at(p++));
    }
    if (len < 0 || p + len > der.size())
        return false;
    *contentStart = p;
    *length = len;
    return true;
}

QString certField(curl_slist* fields, const char* name)
{
    const QByteArray prefix = QByteArray(name) + ':';
    for (curl_slist* f = fields; f; f = f->next) {
        const QByteArray line(f->data);
        if (line.startsWith(prefix))
            return QString::fromUtf8(line.mid(prefix.size()));
    }
    return {};
}

} // namespace

QByteArray ServerCertificate::pinFromDer(const QByteArray& der)
{
    quint8 tag = 0;
    qsizetype start = 0;
    qsizetype len = 0;
    // Certificate ::= SEQUENCE { tbsCertificate SEQUENCE { [0] version?, serial, signature, issuer,
    // validity, subject, subjectPublicKeyInfo, ... } ... }
    if (!readTlv(der, 0, &tag, &start, &len) || tag != 0x30)
        return {};
    if (!readTlv(der, start, &tag, &start, &len) || tag != 0x30)
        return {};
    qsizetype pos = start;
    const qsizetype end = start + len;
    int index = 0;
    bool first = true;
    while (pos < end) {
        qsizetype cstart = 0;
        qsizetype clen = 0;
        if (!readTlv(der, pos, &tag, &cstart, &clen))
            return {};
        if (first && tag == 0xa0) { // explicit version: not counted
            first = false;
            pos = cstart + clen;
            continue;
        }
        first = false;
        if (index == 5) { // serial 0, signature 1, issuer 2, validity 3, subject 4, spki 5
            if (tag != 0x30)
                return {};
            const QByteArray spki = der.mid(pos, cstart + clen - pos);
            return "sha256//" + QCryptographicHash::hash(spki, QCryptographicHash::Sha256).toBase64();
        }
        ++index;
        pos = cstart + clen;
    }
    return {};
}

ServerCertificate ServerCertificate::fetch(const QUrl& url, int timeoutMs)
{
    ServerCertificate result;
    curl::initOnce();
    CURL* curl = curl_easy_init();
    if (!curl) {
        result.error = tr("libcurl could not start");
        return result;
    }
    QUrl base = url;
    base.setPath(QString());
    base.setUserInfo(QString());
    const QByteArray encoded = base.toEncoded();
    curl_easy_setopt(curl, CURLOPT_URL, encoded.constData());
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECT_ONLY, 1L);
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT_MS, static_cast<long>(timeoutMs));
    curl_easy_setopt(curl, CURLOPT_TIMEOUT_MS, static_cast<long>(timeoutMs));
    if (url.scheme() == QLatin1String("smtp") || url.scheme() == QLatin1String("imap"))
        curl_easy_setopt(curl, CURLOPT_USE_SSL, static_cast<long>(CURLUSESSL_ALL));
    // Read, not trust: nothing is sent but the greeting and STARTTLS, and only the pin is kept.
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYPEER, 0L);
    curl_easy_setopt(curl, CURLOPT_SSL_VERIFYHOST, 0L);
    curl_easy_setopt(curl, CURLOPT_CERTINFO, 1L);
    const CURLcode code = curl_easy_perform(curl);
    if (code != CURLE_OK) {
        result.error = QString::fromUtf8(curl_easy_strerror(code));
        curl_easy_cleanup(curl);
        return result;
    }
    curl_certinfo* info = nullptr;
    curl_easy_getinfo(curl, CURLINFO_CERTINFO, &info);
    if (!info || info->num_of_certs < 1) {
        result.error = tr("the server presented no certificate");
        curl_easy_cleanup(curl);
        return result;
    }
    curl_slist* leaf = info->certinfo[0];
    result.subject = certField(leaf, "Subject");
    result.issuer = certField(leaf, "Issuer");
    result.expires = certField(leaf, "Expire date");
    QString pem = certField(leaf, "Cert");
    curl_easy_cleanup(curl);
    pem.remove(QStringLiteral("-----BEGIN CERTIFICATE-----"));
    pem.remove(QStringLiteral("-----END CERTIFICATE-----"));
    const QByteArray der = QByteArray::fromBase64(pem.simplified().remove(QLatin1Char(' ')).toLatin1());
    result.pin = pinFromDer(der);
    if (result.pin.isEmpty())
        result.error = tr("the server's certificate could not be read");
    return result;
}

} // namespace gd::core

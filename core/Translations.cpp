#include "core/Translations.h"

#include <QCoreApplication>
#include <QFile>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>
#include <QXmlStreamReader>
#include <cstring>
#include <memory>
#include <vector>

namespace gd::core {

namespace {

// lupdate files a tr() call under the class or namespace it sits in ("gd::core::Mailbox",
// "gd::app::cli"), while core's and the CLI's free tr() helpers look up one context per layer
// ("gd::core", "gd::app"). This translator answers a GreenDoor lookup that its own context
// misses from the other contexts of the same file, so a string is translated wherever lupdate
// filed it. Qt's own contexts are left alone.
class ContextFallbackTranslator final : public QTranslator
{
public:
    ContextFallbackTranslator(QTranslator* inner, std::vector<QByteArray> contexts, QObject* parent)
        : QTranslator(parent)
        , m_inner(inner)
        , m_contexts(std::move(contexts))
    {
    }

    QString translate(const char* context, const char* source, const char* disambiguation, int n) const override
    {
        QString text = m_inner->translate(context, source, disambiguation, n);
        if (!text.isEmpty() || !context || std::strncmp(context, "gd::", 4) != 0)
            return text;
        for (const QByteArray& other : m_contexts) {
            if (other == context)
                continue;
            text = m_inner->translate(other.constData(), source, disambiguation, n);
            if (!text.isEmpty())
                return text;
        }
        return {};
    }

    bool isEmpty() const override { return m_inner->isEmpty(); }

private:
    std::unique_ptr<QTranslator> m_inner; // no QObject parent: only this translator is installed
    std::vector<QByteArray> m_contexts;
};

// The context names of a Qt Linguist file (embedded next to its .qm under :/i18n-ts).
std::vector<QByteArray> contextsOf(const QString& tsPath)
{
    std::vector<QByteArray> contexts;
    QFile file(tsPath);
    if (!file.open(QIODevice::ReadOnly))
        return contexts;
    QXmlStreamReader xml(&file);
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == QLatin1String("context")) {
            while (!xml.atEnd()) {
                if (xml.readNext() == QXmlStreamReader::StartElement) {
                    if (xml.name() == QLatin1String("name"))
                        contexts.push_back(xml.readElementText().toUtf8());
                    break;
                }
            }
        }
    }
    return contexts;
}

} // namespace

QString installTranslators(QCoreApplication& app, const QString& language)
{
    const QLocale locale = language.isEmpty() ? QLocale::system() : QLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    auto* own = new QTranslator;
    if (!own->load(locale, QStringLiteral("greendoor"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        delete own;
        return QStringLiteral("en");
    }
    QString ts = own->filePath();
    ts.replace(QLatin1String(":/i18n/"), QLatin1String(":/i18n-ts/"));
    ts.replace(QLatin1String(".qm"), QLatin1String(".ts"));
    app.installTranslator(new ContextFallbackTranslator(own, contextsOf(ts), &app));
    auto* qt = new QTranslator(&app);
    if (qt->load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        app.installTranslator(qt);
    else
        delete qt;
    return QLocale::languageToCode(locale.language());
}

} // namespace gd::core

#include "core/Translations.h"
#include "core/decisions/Decision.h"
#include "core/mail/Mailbox.h"
#include "support/TestSupport.h"
#include "ui/AgentTableModel.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QMenuBar>
#include <QTest>
#include <QTranslator>

using namespace gd;

class TestTranslations final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void germanIsBuiltIn();
    void unknownLanguageFallsBackToEnglish();

private:
    void removeTranslators();
};

void TestTranslations::removeTranslators()
{
    for (QTranslator* t : QCoreApplication::instance()->findChildren<QTranslator*>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
}

void TestTranslations::germanIsBuiltIn()
{
    QCOMPARE(core::installTranslators(*QCoreApplication::instance(), QStringLiteral("de")), QStringLiteral("de"));
    ui::MainWindow window;
    QCOMPARE(window.pauseAllAction()->text(), QStringLiteral("Gesamte Autonomie pausieren"));
    QCOMPARE(window.menuBar()->actions().value(0)->text(), QStringLiteral("&Datei"));
    ui::AgentTableModel model;
    QCOMPARE(model.headerData(ui::AgentTableModel::StateColumn, Qt::Horizontal).toString(), QStringLiteral("Zustand"));
    QCOMPARE(ui::AgentTableModel::stateText(core::AgentState::Paused), QStringLiteral("Pausiert"));
    // Words core builds for people, and strings lupdate files under a class or a nested namespace
    // while core's and the CLI's tr() helpers look them up by layer.
    QCOMPARE(core::approvalStatusText(QStringLiteral("pending")), QStringLiteral("ausstehend"));
    QCOMPARE(core::riskLevelText(core::RiskLevel::Low), QStringLiteral("niedrig"));
    QCOMPARE(QCoreApplication::translate("gd::app", "agent %1, risk %2 (%3), %4, deadline %5"),
        QStringLiteral("Agent %1, Risiko %2 (%3), %4, Frist %5"));
    core::Mailbox box;
    box.name = QStringLiteral("bad name!");
    QVERIFY2(!box.validate().startsWith(QLatin1String("a mailbox name")), qPrintable(box.validate()));
    removeTranslators();
}

void TestTranslations::unknownLanguageFallsBackToEnglish()
{
    QCOMPARE(core::installTranslators(*QCoreApplication::instance(), QStringLiteral("xx")), QStringLiteral("en"));
    ui::MainWindow window;
    QCOMPARE(window.pauseAllAction()->text(), QStringLiteral("Pause all autonomy"));
    removeTranslators();
}

QTEST_MAIN(TestTranslations)
#include "tst_translations.moc"

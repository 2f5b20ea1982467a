#include "core/Translations.h"
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

// The console in View > Appearance's light and dark palettes: the "Pause all autonomy" button and
// the toolbar's media glyphs follow the palette (in dark mode the button kept its light-green
// face and the Pause Agent glyph was dark on a dark toolbar), and warnings stay readable.
#include "support/TestSupport.h"
#include "ui/Appearance.h"
#include "ui/MainWindow.h"

#include <QAction>
#include <QApplication>
#include <QImage>
#include <QSettings>
#include <QTest>
#include <QToolButton>

using namespace gd;

namespace {

// The lightness of a button's face (a point inside its border, left of the glyph and text).
int faceLightness(QWidget* button)
{
    const QImage image = button->grab().toImage();
    return image.pixelColor(3, image.height() / 2).lightness();
}

// The mean lightness of an icon's opaque pixels.
int glyphLightness(const QIcon& icon)
{
    const QImage image = icon.pixmap(QSize(16, 16)).toImage().convertToFormat(QImage::Format_ARGB32);
    qint64 sum = 0;
    int n = 0;
    for (int y = 0; y < image.height(); ++y) {
        for (int x = 0; x < image.width(); ++x) {
            const QColor c = image.pixelColor(x, y);
            if (c.alpha() > 128) {
                sum += c.lightness();
                ++n;
            }
        }
    }
    return n ? static_cast<int>(sum / n) : -1;
}

} // namespace

class TestDashboardAppearance final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.file(QStringLiteral("config")));
        QCoreApplication::setOrganizationName(QStringLiteral("GreenDoorTest"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_dashboard_appearance"));
    }

    void pauseButtonAndGlyphsFollowThePalette()
    {
        ui::MainWindow window;
        window.resize(1280, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto* pauseAll = window.findChild<QToolButton*>(QStringLiteral("pauseAllButton"));
        QVERIFY(pauseAll);
        QAction* pauseAgent = nullptr;
        for (QAction* a : window.findChildren<QAction*>()) {
            if (a->text() == QStringLiteral("&Pause Agent"))
                pauseAgent = a;
        }
        QVERIFY(pauseAgent);

        ui::appearance::apply(ui::Appearance::Light);
        QTRY_VERIFY(window.palette().window().color().lightness() > 128);
        QVERIFY2(faceLightness(pauseAll) > 180, qPrintable(QString::number(faceLightness(pauseAll))));
        QVERIFY(glyphLightness(pauseAgent->icon()) < 128); // dark glyph on a light toolbar
        const QString shots = qEnvironmentVariable("GREENDOOR_SHOTS");
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/console-light.png"));

        ui::appearance::apply(ui::Appearance::Dark);
        QTRY_VERIFY(window.palette().window().color().lightness() < 128);
        QVERIFY2(faceLightness(pauseAll) < 90, qPrintable(QString::number(faceLightness(pauseAll))));
        QVERIFY2(
            glyphLightness(pauseAgent->icon()) > 150, qPrintable(QString::number(glyphLightness(pauseAgent->icon()))));
        QVERIFY(glyphLightness(window.pauseAllAction()->icon()) > 150);
        if (!shots.isEmpty())
            window.grab().save(shots + QStringLiteral("/console-dark.png"));

        // Paused: red in either palette, the status text a red readable on dark.
        window.pauseAllAction()->setChecked(true);
        QCoreApplication::processEvents();
        const QImage paused = pauseAll->grab().toImage();
        const QColor face = paused.pixelColor(3, paused.height() / 2);
        QVERIFY2(face.red() > 2 * face.green(), qPrintable(face.name()));
        window.pauseAllAction()->setChecked(false);

        ui::appearance::apply(ui::Appearance::Light);
        QTRY_VERIFY(faceLightness(pauseAll) > 180);
        QVERIFY(glyphLightness(pauseAgent->icon()) < 128);
    }

private:
    test::TempDir m_dir;
};

QTEST_MAIN(TestDashboardAppearance)
#include "tst_dashboard_appearance.moc"

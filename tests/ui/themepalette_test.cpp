// SPDX-License-Identifier: GPL-3.0-or-later
// A theme's window palette: disabled controls look disabled in dark and
// light themes alike, enabled ones take the theme's colours.
#include "themepalette.h"

#include <QTest>

using namespace pizhu;

class ThemePaletteTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void disabledIsDimmed_data();
    void disabledIsDimmed();
};

namespace {

// Contrast by lightness: enough to tell apart enabled from disabled.
int contrast(const QColor &a, const QColor &b)
{
    return qAbs(a.lightness() - b.lightness());
}

} // namespace

void ThemePaletteTest::disabledIsDimmed_data()
{
    QTest::addColumn<QColor>("background");
    QTest::addColumn<QColor>("text");
    QTest::newRow("Breeze Dark") << QColor(0x23, 0x26, 0x29) << QColor(0xcf, 0xcf, 0xc2);
    QTest::newRow("Solarized Light") << QColor(0xfd, 0xf6, 0xe3) << QColor(0x65, 0x7b, 0x83);
}

void ThemePaletteTest::disabledIsDimmed()
{
    QFETCH(QColor, background);
    QFETCH(QColor, text);
    const QPalette p = ThemePalette::make(background, text, QColor(0x3d, 0xae, 0xe9));
    QCOMPARE(p.color(QPalette::Active, QPalette::Base), background);
    for (auto role : {QPalette::Text, QPalette::WindowText, QPalette::ButtonText}) {
        QCOMPARE(p.color(QPalette::Active, role), text);
        const QColor panel = p.color(QPalette::Active, QPalette::Window);
        const QColor disabled = p.color(QPalette::Disabled, role);
        // Readable still, but clearly fainter than enabled text.
        QVERIFY(contrast(disabled, panel) < contrast(text, panel) * 0.7);
        QVERIFY(contrast(disabled, panel) > 15);
    }
    QCOMPARE(p.color(QPalette::Disabled, QPalette::Button), p.color(QPalette::Active, QPalette::Window));
}

QTEST_MAIN(ThemePaletteTest)
#include "themepalette_test.moc"

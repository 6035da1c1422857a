// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerformats.h"

#include <QFontDatabase>
#include <QFontMetricsF>
#include <QGuiApplication>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {
constexpr qreal kBasePointSize = 12.0;
constexpr qreal kLineHeightPercent = 180.0;
constexpr int kColumnCharacters = 40;
} // namespace

ReaderFormats::ReaderFormats(int zoomSteps)
{
    m_font.setFamilies(cjkFamilies());
    m_font.setPointSizeF(qMax(6.0, kBasePointSize * (1.0 + 0.1 * zoomSteps)));
    m_font.setStyleHint(QFont::SansSerif);
    m_em = QFontMetricsF(m_font).horizontalAdvance(QChar(0x4E2D)); // 中
}

QStringList ReaderFormats::cjkFamilies()
{
    // Simplified Chinese faces first: without them Qt may fall back to a
    // Japanese face whose glyphs differ for many characters.
    static const QStringList preferred = {u"Noto Sans CJK SC"_s, u"Source Han Sans SC"_s, u"Microsoft YaHei"_s,
                                          u"Microsoft YaHei UI"_s, u"PingFang SC"_s, u"Hiragino Sans GB"_s,
                                          u"WenQuanYi Micro Hei"_s, u"Noto Sans SC"_s};
    const QStringList installed = QFontDatabase::families(QFontDatabase::SimplifiedChinese);
    QStringList families;
    for (const QString &f : preferred) {
        if (installed.contains(f))
            families << f;
    }
    families << QGuiApplication::font().family();
    return families;
}

int ReaderFormats::columnWidth() const
{
    return int(m_em * kColumnCharacters);
}

qreal ReaderFormats::scale(Block::Kind kind) const
{
    switch (kind) {
    case Block::Kind::Title:
        return 1.6;
    case Block::Kind::Part:
        return 1.3;
    case Block::Kind::Section:
        return 1.12;
    case Block::Kind::Item:
    case Block::Kind::Paragraph:
        break;
    }
    return 1.0;
}

QTextBlockFormat ReaderFormats::blockFormat(Block::Kind kind) const
{
    QTextBlockFormat f;
    f.setLineHeight(kLineHeightPercent, QTextBlockFormat::ProportionalHeight);
    switch (kind) {
    case Block::Kind::Title:
        f.setAlignment(Qt::AlignHCenter);
        f.setTopMargin(m_em);
        f.setBottomMargin(m_em * 2.5); // room for the metadata line under the title
        f.setLineHeight(140.0, QTextBlockFormat::ProportionalHeight);
        break;
    case Block::Kind::Part:
        f.setTopMargin(m_em * 1.4);
        f.setBottomMargin(m_em * 0.6);
        break;
    case Block::Kind::Section:
        f.setTopMargin(m_em * 0.9);
        f.setBottomMargin(m_em * 0.4);
        break;
    case Block::Kind::Item:
    case Block::Kind::Paragraph:
        f.setTextIndent(m_em * 2);
        f.setBottomMargin(m_em * 0.5);
        f.setAlignment(Qt::AlignJustify);
        break;
    }
    return f;
}

QTextCharFormat ReaderFormats::charFormat(Block::Kind kind) const
{
    QTextCharFormat f;
    f.setFontFamilies(m_font.families());
    f.setFontPointSize(m_font.pointSizeF() * scale(kind));
    if (kind != Block::Kind::Paragraph && kind != Block::Kind::Item)
        f.setFontWeight(QFont::Bold);
    return f;
}

QTextCharFormat ReaderFormats::itemTitleFormat() const
{
    QTextCharFormat f = charFormat(Block::Kind::Item);
    f.setFontWeight(QFont::DemiBold);
    return f;
}

} // namespace pizhu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "figuresformatter.h"

#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// 1033000000 rather than 1.033e+09: the number as a spreadsheet reads it.
QString number(double value)
{
    return QLocale::c().toString(value, 'f', QLocale::FloatingPointShortest);
}

// Columns a terminal gives a character: two for CJK and full-width forms.
int displayWidth(const QString &s)
{
    int width = 0;
    for (QChar c : s) {
        const char16_t u = c.unicode();
        if (c.isLowSurrogate())
            continue;
        width += (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
                || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F)
                || (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6) || c.isHighSurrogate()
            ? 2
            : 1;
    }
    return width;
}

QString padded(const QString &s, int width)
{
    return s + QString(std::max(0, width - displayWidth(s)), u' ');
}

QString csvField(const QString &s)
{
    if (!s.contains(u',') && !s.contains(u'"') && !s.contains(u'\n') && !s.contains(u'\r'))
        return s;
    return u'"' + QString(s).replace(u'"', u"\"\""_s) + u'"';
}

QStringList row(const Figure &f)
{
    return { f.label, f.value, f.unit, figureKindId(f.kind), number(f.normalized), number(f.normalizedTo),
        f.approximate ? u"true"_s : u"false"_s, f.sentence, partRoleId(f.part), f.section(),
        QString::number(f.start), QString::number(f.end) };
}

} // namespace

QStringList FiguresFormatter::fields()
{
    return { u"label"_s, u"value"_s, u"unit"_s, u"kind"_s, u"normalized"_s, u"normalized_to"_s,
        u"approximate"_s, u"sentence"_s, u"part"_s, u"section"_s, u"start"_s, u"end"_s };
}

QString FiguresFormatter::text(const QList<Figure> &figures)
{
    const QStringList header = { tr("Part"), tr("Section"), tr("Indicator"), tr("Figure"), tr("Normalized") };
    QList<QStringList> rows;
    for (const Figure &f : figures) {
        // The figure as written; ≈ marks 余, 约 and the like.
        const QString written = (f.approximate ? u"≈"_s : QString()) + f.value + f.unit;
        rows.append({ partRoleId(f.part), f.sectionLabel, f.label, written,
            number(f.normalized) + (f.isRange() ? u"–"_s + number(f.normalizedTo) : QString()) });
    }
    QList<int> widths(header.size(), 0);
    for (const QStringList &r : rows + QList<QStringList> { header }) {
        for (qsizetype c = 0; c < r.size(); ++c)
            widths[c] = std::max(widths[c], displayWidth(r[c]));
    }
    auto line = [&widths](const QStringList &r) {
        QString out;
        for (qsizetype c = 0; c < r.size(); ++c)
            out += c + 1 < r.size() ? padded(r[c], widths[c]) + u"  "_s : r[c];
        return out + u'\n';
    };
    QString out = line(header);
    for (const QStringList &r : std::as_const(rows))
        out += line(r);
    out += tr("%n figure(s)", nullptr, int(figures.size())) + u'\n';
    return out;
}

QJsonArray FiguresFormatter::json(const QList<Figure> &figures)
{
    QJsonArray out;
    for (const Figure &f : figures) {
        const QString role = partRoleId(f.part);
        const QString section = f.section();
        out.append(QJsonObject {
            { u"label"_s, f.label },
            { u"value"_s, f.value },
            { u"unit"_s, f.unit },
            { u"kind"_s, figureKindId(f.kind) },
            { u"normalized"_s, f.normalized },
            { u"normalized_to"_s, f.normalizedTo },
            { u"approximate"_s, f.approximate },
            { u"sentence"_s, f.sentence },
            { u"part"_s, role.isEmpty() ? QJsonValue() : QJsonValue(role) },
            { u"section"_s, section.isEmpty() ? QJsonValue() : QJsonValue(section) },
            { u"start"_s, qint64(f.start) },
            { u"end"_s, qint64(f.end) },
        });
    }
    return out;
}

QString FiguresFormatter::csv(const QList<Figure> &figures)
{
    // RFC 4180: CRLF line ends; the byte-order mark makes spreadsheets read UTF-8.
    QString out = QChar(0xFEFF) + fields().join(u',') + u"\r\n"_s;
    for (const Figure &f : figures) {
        QStringList fieldsOut;
        for (const QString &s : row(f))
            fieldsOut << csvField(s);
        out += fieldsOut.join(u',') + u"\r\n"_s;
    }
    return out;
}

} // namespace pizhu

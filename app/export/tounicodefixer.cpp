// SPDX-License-Identifier: GPL-3.0-or-later
#include "tounicodefixer.h"

#include "cjkcompatibility.h"

#include <QList>
#include <QString>

namespace pizhu {

namespace {

constexpr char32_t kRadicalsFirst = 0x2E80; // CJK Radicals Supplement …
constexpr char32_t kRadicalsLast = 0x2FDF; // … to the end of the Kangxi Radicals block

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\r' || c == '\t' || c == '\f' || c == '\0';
}

// A hex string's UTF-16 code units; empty when it is not whole units.
QList<char16_t> units(QByteArrayView hex)
{
    QList<char16_t> out;
    if (hex.size() % 4 != 0)
        return out;
    for (qsizetype i = 0; i < hex.size(); i += 4) {
        bool ok = false;
        const uint unit = hex.sliced(i, 4).toUInt(&ok, 16);
        if (!ok)
            return {};
        out.append(char16_t(unit));
    }
    return out;
}

QByteArray hexOf(const QString &text)
{
    QByteArray out;
    for (QChar c : text)
        out += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return out;
}

using Drawn = QHash<char32_t, char32_t>;

char32_t target(char32_t c, const Drawn &drawn)
{
    if (c < kRadicalsFirst || c > kRadicalsLast)
        return c;
    return drawn.value(c, ToUnicodeFixer::unified(c));
}

// The target with its radicals mapped; null when nothing changes.
QByteArray mapped(QByteArrayView hex, const Drawn &drawn, int &changed)
{
    const QList<char16_t> code = units(hex);
    if (code.isEmpty())
        return {};
    const QString text = QString(reinterpret_cast<const QChar *>(code.constData()), code.size());
    QString out;
    int here = 0;
    for (char32_t c : text.toUcs4()) {
        const char32_t u = target(c, drawn);
        here += u != c ? 1 : 0;
        out += QStringView(QChar::fromUcs4(u));
    }
    if (here == 0)
        return {};
    changed += here;
    return hexOf(out);
}

struct Token
{
    qsizetype start = 0; // of '<', '[' or ']'
    qsizetype end = 0; // past '>'
    char kind = 0; // '<', '[' or ']'
};

// The tokens of a bfchar or bfrange section's body; false on anything else.
bool tokenize(QByteArrayView body, QList<Token> &tokens)
{
    for (qsizetype i = 0; i < body.size();) {
        const char c = body[i];
        if (isSpace(c)) {
            ++i;
        } else if (c == '[' || c == ']') {
            tokens.append({ i, i + 1, c });
            ++i;
        } else if (c == '<') {
            const qsizetype close = body.indexOf('>', i);
            if (close < 0)
                return false;
            tokens.append({ i, close + 1, '<' });
            i = close + 1;
        } else {
            return false;
        }
    }
    return true;
}

QByteArrayView hexIn(QByteArrayView body, const Token &t)
{
    QByteArrayView hex = body.sliced(t.start + 1, t.end - t.start - 2);
    while (!hex.isEmpty() && isSpace(hex.front()))
        hex = hex.sliced(1);
    while (!hex.isEmpty() && isSpace(hex.back()))
        hex.chop(1);
    return hex;
}

// The section's body with its targets mapped. Replacements are collected as
// (token, text) and applied in one pass, so everything else stays as it was.
QByteArray fixSection(QByteArrayView body, bool ranges, const Drawn &drawn, int &changed)
{
    QList<Token> tokens;
    if (!tokenize(body, tokens))
        return body.toByteArray();
    QList<std::pair<qsizetype, QByteArray>> replacements; // token index → text
    auto mapToken = [&](qsizetype t) {
        if (tokens[t].kind != '<')
            return;
        const QByteArray m = mapped(hexIn(body, tokens[t]), drawn, changed);
        if (!m.isNull())
            replacements.append({ t, '<' + m + '>' });
    };
    qsizetype t = 0;
    while (t < tokens.size()) {
        if (!ranges) { // <src> <dst>
            if (t + 1 < tokens.size())
                mapToken(t + 1);
            t += 2;
            continue;
        }
        if (t + 2 >= tokens.size())
            break;
        const qsizetype dst = t + 2;
        if (tokens[dst].kind == '[') { // <lo> <hi> [<d0> <d1> …]
            qsizetype i = dst + 1;
            for (; i < tokens.size() && tokens[i].kind != ']'; ++i)
                mapToken(i);
            t = i + 1;
            continue;
        }
        // <lo> <hi> <d>: lo ↦ d, lo+1 ↦ d+1 …; one radical among them makes it an array.
        bool okLo = false;
        bool okHi = false;
        const uint lo = hexIn(body, tokens[t]).toUInt(&okLo, 16);
        const uint hi = hexIn(body, tokens[t + 1]).toUInt(&okHi, 16);
        const QList<char16_t> first = units(hexIn(body, tokens[dst]));
        t += 3;
        if (!okLo || !okHi || hi < lo || hi - lo > 255 || first.size() != 1)
            continue;
        bool any = false;
        for (uint k = 0; k <= hi - lo; ++k) {
            const char32_t c = char32_t(first.front()) + k;
            any = any || (c >= kRadicalsFirst && c <= kRadicalsLast);
        }
        if (!any)
            continue;
        QByteArray array = "[";
        for (uint k = 0; k <= hi - lo; ++k) {
            const char32_t c = char32_t(first.front()) + k;
            const char32_t u = target(c, drawn);
            changed += u != c ? 1 : 0;
            array += (k ? " <" : "<") + hexOf(QString::fromUcs4(&u, 1)) + '>';
        }
        replacements.append({ dst, array + ']' });
    }
    if (replacements.isEmpty())
        return body.toByteArray();
    QByteArray out;
    out.reserve(body.size() + 64);
    qsizetype at = 0;
    for (const auto &[index, text] : std::as_const(replacements)) {
        out += body.sliced(at, tokens[index].start - at);
        out += text;
        at = tokens[index].end;
    }
    out += body.sliced(at);
    return out;
}

} // namespace

char32_t ToUnicodeFixer::unified(char32_t c)
{
    if (c < kRadicalsFirst || c > kRadicalsLast)
        return c;
    const QString one = CjkCompatibility::toUnified(QString::fromUcs4(&c, 1));
    const QList<uint> code = one.toUcs4();
    return code.size() == 1 ? char32_t(code.front()) : c;
}

bool ToUnicodeFixer::isToUnicodeCMap(QByteArrayView data)
{
    return data.contains("begincmap") && (data.contains("beginbfchar") || data.contains("beginbfrange"));
}

QByteArray ToUnicodeFixer::fix(QByteArrayView cmap, const QHash<char32_t, char32_t> &drawn, int *changed)
{
    int count = 0;
    QByteArray out;
    out.reserve(cmap.size() + 64);
    qsizetype at = 0;
    while (true) {
        const qsizetype chars = cmap.indexOf("beginbfchar", at);
        const qsizetype ranges = cmap.indexOf("beginbfrange", at);
        if (chars < 0 && ranges < 0)
            break;
        const bool isRange = chars < 0 || (ranges >= 0 && ranges < chars);
        const QByteArrayView begin = isRange ? QByteArrayView("beginbfrange") : QByteArrayView("beginbfchar");
        const QByteArrayView end = isRange ? QByteArrayView("endbfrange") : QByteArrayView("endbfchar");
        const qsizetype bodyStart = (isRange ? ranges : chars) + begin.size();
        const qsizetype bodyEnd = cmap.indexOf(end, bodyStart);
        if (bodyEnd < 0)
            break;
        out += cmap.sliced(at, bodyStart - at);
        out += fixSection(cmap.sliced(bodyStart, bodyEnd - bodyStart), isRange, drawn, count);
        at = bodyEnd;
    }
    out += cmap.sliced(at);
    if (changed)
        *changed = count;
    return out;
}

} // namespace pizhu

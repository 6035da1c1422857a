// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpostprocessor.h"

#include "tounicodefixer.h"

#include <QHash>
#include <QList>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

struct Entry
{
    int number = 0;
    qint64 offset = 0;
    QByteArray line; // as the table had it
    bool used = false;
};

struct Object
{
    int number = 0;
    qint64 offset = 0;
    QByteArray bytes; // "N G obj" … up to the next object
};

Error broken(const QString &why)
{
    return Error { Error::Kind::Failure, PdfPostProcessor::tr("The PDF could not be finished: %1").arg(why) };
}

// "<FEFF…>": a PDF text string in UTF-16BE, needing no escapes.
QByteArray textString(const QString &text)
{
    QByteArray hex = "<FEFF";
    for (QChar c : text)
        hex += QByteArray::number(c.unicode(), 16).toUpper().rightJustified(4, '0');
    return hex + '>';
}

QByteArray xmlEscaped(const QString &text)
{
    return text.toHtmlEscaped().toUtf8();
}

// The stream of an object: where its data starts, how long it is by /Length,
// and where that length is written. False when the object has no stream.
struct StreamPlace
{
    qsizetype dataStart = 0;
    qsizetype length = 0;
    qsizetype lengthStart = 0; // the digits of a direct /Length
    qsizetype lengthSize = 0;
    int lengthObject = 0; // an indirect /Length: its object
};

bool streamOf(const QByteArray &object, const QHash<int, qint64> &integers, StreamPlace &place)
{
    const qsizetype keyword = object.indexOf("stream");
    if (keyword < 0)
        return false;
    qsizetype data = keyword + 6;
    if (data < object.size() && object[data] == '\r')
        ++data;
    if (data < object.size() && object[data] == '\n')
        ++data;
    static const QRegularExpression length(u"/Length\\s+(\\d+)(\\s+(\\d+)\\s+R)?"_s);
    const QString dictionary = QString::fromLatin1(object.first(keyword));
    const QRegularExpressionMatch m = length.match(dictionary);
    if (!m.hasMatch())
        return false;
    place.dataStart = data;
    if (m.capturedLength(2) > 0) {
        place.lengthObject = m.captured(1).toInt();
        place.length = integers.value(place.lengthObject, -1);
    } else {
        place.lengthStart = m.capturedStart(1);
        place.lengthSize = m.capturedLength(1);
        place.length = m.captured(1).toLongLong();
    }
    return place.length >= 0 && data + place.length <= object.size();
}

} // namespace

Result<PdfPostProcessor::Outcome> PdfPostProcessor::process(
    const QByteArray &pdf, const QString &author, const QHash<char32_t, char32_t> &drawn)
{
    // The cross-reference table: "startxref N" at the end points at it.
    const qsizetype startxref = pdf.lastIndexOf("startxref");
    if (startxref < 0)
        return broken(tr("it has no cross-reference table"));
    bool ok = false;
    const qint64 xref = pdf.mid(startxref + 9, 32).trimmed().split('\n').value(0).trimmed().toLongLong(&ok);
    if (!ok || xref <= 0 || xref >= startxref || !pdf.mid(xref, 4).startsWith("xref"))
        return broken(tr("its cross-reference table is not where it says"));
    const qsizetype trailer = pdf.indexOf("trailer", xref);
    if (trailer < 0)
        return broken(tr("it has no trailer"));

    QList<Entry> entries;
    const QList<QByteArray> lines = pdf.mid(xref + 4, trailer - xref - 4).split('\n');
    int next = -1;
    int left = 0;
    for (const QByteArray &raw : lines) {
        const QByteArray line = raw.trimmed();
        if (line.isEmpty())
            continue;
        const QList<QByteArray> fields = line.split(' ');
        if (left == 0 && fields.size() == 2) { // a subsection: first count
            next = fields[0].toInt();
            left = fields[1].toInt();
            continue;
        }
        if (fields.size() != 3 || left <= 0)
            return broken(tr("its cross-reference table cannot be read"));
        entries.append({ next, fields[0].toLongLong(), line, fields[2] == "n" });
        ++next;
        --left;
    }

    // The objects in file order; each runs to the next one, the last to the table.
    QList<Entry> used;
    std::copy_if(
        entries.cbegin(), entries.cend(), std::back_inserter(used), [](const Entry &e) { return e.used; });
    std::sort(used.begin(), used.end(), [](const Entry &a, const Entry &b) { return a.offset < b.offset; });
    if (used.isEmpty())
        return broken(tr("it has no objects"));
    QList<Object> objects;
    QHash<int, qint64> integers; // objects that are a number alone (indirect lengths)
    for (qsizetype i = 0; i < used.size(); ++i) {
        const qint64 start = used[i].offset;
        const qint64 end = i + 1 < used.size() ? used[i + 1].offset : xref;
        const QByteArray bytes = pdf.mid(start, end - start);
        if (!bytes.startsWith(QByteArray::number(used[i].number) + ' '))
            return broken(tr("object %1 is not where the table says").arg(used[i].number));
        objects.append({ used[i].number, start, bytes });
        const QList<QByteArray> words = bytes.simplified().split(' ');
        if (words.size() == 5 && words[2] == "obj" && words[4] == "endobj") {
            bool isNumber = false;
            const qint64 value = words[3].toLongLong(&isNumber);
            if (isNumber)
                integers.insert(used[i].number, value);
        }
    }
    static const QRegularExpression infoRef(u"/Info\\s+(\\d+)\\s+\\d+\\s+R"_s);
    const QRegularExpressionMatch info
        = infoRef.match(QString::fromLatin1(pdf.mid(trailer, startxref - trailer)));
    const int infoNumber = info.hasMatch() ? info.captured(1).toInt() : -1;

    Outcome outcome;
    QHash<int, qint64> newLengths; // indirect /Length objects to rewrite
    auto replaceStreamData = [&](Object &object, const StreamPlace &place, const QByteArray &data) {
        object.bytes.replace(place.dataStart, place.length, data);
        if (place.lengthObject > 0) {
            newLengths.insert(place.lengthObject, data.size());
        } else {
            object.bytes.replace(place.lengthStart, place.lengthSize, QByteArray::number(data.size()));
        }
    };
    for (Object &object : objects) {
        const qsizetype keyword = object.bytes.indexOf("stream");
        const QByteArray head = keyword < 0 ? object.bytes : object.bytes.first(keyword);
        StreamPlace place;
        if (keyword >= 0 && !head.contains("/Filter") && streamOf(object.bytes, integers, place)) {
            const QByteArray data = object.bytes.mid(place.dataStart, place.length);
            if (ToUnicodeFixer::isToUnicodeCMap(data)) {
                int changed = 0;
                const QByteArray fixed = ToUnicodeFixer::fix(data, drawn, &changed);
                if (changed > 0) {
                    ++outcome.mapsChanged;
                    outcome.codesChanged += changed;
                    replaceStreamData(object, place, fixed);
                }
            } else if (head.contains("/Metadata") && !author.isEmpty() && !data.contains("<dc:creator>")) {
                const qsizetype title = data.indexOf("</dc:title>");
                if (title >= 0) {
                    QByteArray xmp = data;
                    xmp.insert(title + 11,
                        "\n            <dc:creator><rdf:Seq><rdf:li>" + xmlEscaped(author)
                            + "</rdf:li></rdf:Seq></dc:creator>");
                    replaceStreamData(object, place, xmp);
                }
            }
        } else if (object.number == infoNumber && !author.isEmpty() && !head.contains("/Author")) {
            const qsizetype dict = object.bytes.indexOf("<<");
            if (dict >= 0)
                object.bytes.insert(dict + 2, "\n/Author " + textString(author));
        }
    }
    for (Object &object : objects) {
        if (const auto it = newLengths.constFind(object.number); it != newLengths.cend())
            object.bytes
                = QByteArray::number(object.number) + " 0 obj\n" + QByteArray::number(*it) + "\nendobj\n";
    }

    // Everything before the first object as it was, the objects, a new table.
    QByteArray out = pdf.first(objects.front().offset);
    out.reserve(pdf.size() + 1024);
    QHash<int, qint64> offsets;
    for (const Object &object : std::as_const(objects)) {
        offsets.insert(object.number, out.size());
        out += object.bytes;
    }
    const qint64 newXref = out.size();
    out += "xref\n";
    for (qsizetype i = 0; i < entries.size();) {
        // A subsection per run of consecutive numbers, as the old table had them.
        qsizetype j = i + 1;
        while (j < entries.size() && entries[j].number == entries[j - 1].number + 1)
            ++j;
        out += QByteArray::number(entries[i].number) + ' ' + QByteArray::number(j - i) + '\n';
        for (; i < j; ++i) {
            const Entry &e = entries[i];
            if (e.used)
                out += QByteArray::number(offsets.value(e.number)).rightJustified(10, '0') + ' '
                    + e.line.split(' ').value(1) + " n \n";
            else
                out += e.line + " \n";
        }
    }
    out += pdf.mid(trailer, startxref - trailer);
    out += "startxref\n" + QByteArray::number(newXref) + "\n%%EOF\n";
    outcome.pdf = std::move(out);
    return outcome;
}

} // namespace pizhu

// SPDX-License-Identifier: GPL-3.0-or-later
#include "w3cannotationreader.h"

#include "w3cvocabulary.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <algorithm>

using namespace Qt::StringLiterals;

namespace pizhu {

namespace {

// RFC 4122's namespace for URLs: ids of other tools are mostly IRIs.
const QUuid kUrlNamespace = QUuid::fromString(u"6ba7b811-9dad-11d1-80b4-00c04fd430c8"_s);

// JSON-LD allows one value or a list of them almost everywhere.
QJsonArray listOf(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

bool hasType(const QJsonObject &o, QLatin1StringView type)
{
    const QJsonArray types = listOf(o.value(u"type"_s).isUndefined() ? o.value(u"@type"_s) : o.value(u"type"_s));
    for (const QJsonValue &t : types) {
        if (t.toString() == type)
            return true;
    }
    return false;
}

// One of our fields: "pizhu:name", or spelled out with the namespace IRI.
QJsonValue ours(const QJsonObject &o, QLatin1StringView name)
{
    const QJsonValue prefixed = o.value(w3c::key(name));
    if (!prefixed.isUndefined())
        return prefixed;
    return o.value(QString(w3c::kPizhuNamespace + name));
}

QDateTime timeFrom(const QJsonValue &value)
{
    QDateTime t = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!t.isValid())
        return {};
    t = t.toUTC();
    // Stored to the millisecond: a finer time would not compare equal after a round trip.
    const QTime time = t.time();
    t.setTime(QTime(time.hour(), time.minute(), time.second(), time.msec()));
    return t;
}

QString authorFrom(const QJsonValue &creator)
{
    const QJsonArray list = listOf(creator);
    if (list.isEmpty())
        return {};
    const QJsonValue first = list.first();
    if (first.isString())
        return first.toString(); // an IRI or an account name
    const QJsonObject o = first.toObject();
    for (const auto &key : {u"name"_s, u"nickname"_s, u"id"_s}) {
        if (o.value(key).isString())
            return o.value(key).toString();
    }
    return {};
}

bool hasPurpose(const QJsonObject &body, QLatin1StringView purpose, const QString &motivation)
{
    const QJsonArray purposes = listOf(body.value(u"purpose"_s));
    if (purposes.isEmpty())
        return motivation == purpose;
    for (const QJsonValue &p : purposes) {
        if (p.toString() == purpose)
            return true;
    }
    return false;
}

// The note and the tags from the bodies (and bodyValue, the shorthand for a note).
void readBodies(const QJsonObject &o, ExchangedAnnotation &out)
{
    static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
    const QJsonArray motivations = listOf(o.value(u"motivation"_s));
    const QString motivation = motivations.size() == 1 ? motivations.first().toString() : QString();
    QStringList notes;
    if (o.value(u"bodyValue"_s).isString())
        notes << o.value(u"bodyValue"_s).toString();
    for (const QJsonValue &value : listOf(o.value(u"body"_s))) {
        if (!value.isObject())
            continue; // an external body (an IRI): nothing we can show
        const QJsonObject body = value.toObject();
        const QJsonValue text = body.value(u"value"_s).isUndefined() ? body.value(u"chars"_s) : body.value(u"value"_s);
        if (!text.isString())
            continue;
        if (hasPurpose(body, w3c::kTagging, motivation)) {
            const QString name = text.toString().trimmed();
            const bool known = std::any_of(out.tags.cbegin(), out.tags.cend(), [&](const Tag &t) {
                return t.name.compare(name, Qt::CaseInsensitive) == 0;
            });
            if (name.isEmpty() || known)
                continue;
            Tag tag;
            tag.name = name;
            const QString color = ours(body, w3c::kTagColor).toString();
            if (rgb.match(color).hasMatch())
                tag.color = color.toUpper();
            out.tags.append(tag);
        } else if (!text.toString().isEmpty()) {
            notes << text.toString();
        }
    }
    out.annotation.note = notes.join(u"\n\n"_s);
}

// The selectors we place anchors with; false when there is none.
bool readSelectors(const QJsonArray &selectors, Anchor &anchor)
{
    bool found = false;
    for (const QJsonValue &value : selectors) {
        const QJsonObject s = value.toObject();
        if (hasType(s, "TextQuoteSelector"_L1) && !s.value(u"exact"_s).toString().isEmpty()) {
            anchor.exact = s.value(u"exact"_s).toString();
            anchor.prefix = s.value(u"prefix"_s).toString();
            anchor.suffix = s.value(u"suffix"_s).toString();
            found = true;
        } else if (hasType(s, "TextPositionSelector"_L1) && s.value(u"start"_s).isDouble()
                   && s.value(u"end"_s).isDouble()) {
            const qint64 start = s.value(u"start"_s).toInteger(-1);
            const qint64 end = s.value(u"end"_s).toInteger(-1);
            if (start >= 0 && end > start) {
                anchor.start = start;
                anchor.end = end;
                found = true;
            }
        }
    }
    return found;
}

// The annotations of a collection or page: its first page and the pages
// that follow it in the file (a link to a page elsewhere cannot be followed).
QJsonArray itemsOf(const QJsonObject &container)
{
    QJsonArray items = container.value(u"items"_s).toArray();
    QJsonValue page = container.value(u"first"_s);
    for (int pages = 0; page.isObject() && pages < 100000; ++pages) {
        for (const QJsonValue &item : page.toObject().value(u"items"_s).toArray())
            items.append(item);
        page = page.toObject().value(u"next"_s);
    }
    return items;
}

} // namespace

QUuid W3cAnnotationReader::uuidFor(const QString &id)
{
    const QString trimmed = id.trimmed();
    if (trimmed.isEmpty())
        return {};
    QStringView bare(trimmed);
    if (bare.startsWith(w3c::kUuidUrn, Qt::CaseInsensitive))
        bare = bare.sliced(w3c::kUuidUrn.size());
    const QUuid uuid = QUuid::fromString(bare);
    if (!uuid.isNull())
        return uuid;
    return QUuid::createUuidV5(kUrlNamespace, trimmed);
}

ExchangedAnnotation W3cAnnotationReader::annotation(const QJsonObject &o)
{
    ExchangedAnnotation out;
    Annotation &a = out.annotation;
    // Targets: the first one we can anchor on (Hypothesis lists one; the model allows several).
    const QJsonArray targets = listOf(o.value(u"target"_s));
    QJsonObject target;
    for (const QJsonValue &t : targets) {
        if (t.isObject() && t.toObject().value(u"source"_s).isString()) {
            target = t.toObject();
            break;
        }
    }
    if (target.isEmpty()) {
        out.problem = targets.isEmpty() ? tr("it has no target") : tr("its target names no source document");
    } else {
        out.source = target.value(u"source"_s).toString().trimmed();
        a.contentHash = ExchangedAnnotation::contentHashOf(out.source);
        if (out.source.isEmpty())
            out.problem = tr("its target names no source document");
        else if (!readSelectors(listOf(target.value(u"selector"_s)), a.anchor))
            out.problem = tr("its target has no TextQuoteSelector or TextPositionSelector");
    }

    const QString id = o.value(u"id"_s).isString() ? o.value(u"id"_s).toString() : o.value(u"@id"_s).toString();
    a.id = uuidFor(id);
    if (a.id.isNull()) {
        // No id: one derived from what it marks, so that a second import merges.
        const QString basis = QStringList{u"pizhu-anonymous:"_s + out.source, a.anchor.exact,
                                          QString::number(a.anchor.start), QString::number(a.anchor.end),
                                          o.value(u"created"_s).toString()}
                                  .join(u'|');
        a.id = QUuid::createUuidV5(kUrlNamespace, basis);
    }
    a.created = timeFrom(o.value(u"created"_s));
    a.modified = timeFrom(o.value(u"modified"_s));
    if (!a.modified.isValid())
        a.modified = a.created;
    a.author = authorFrom(o.value(u"creator"_s));
    readBodies(o, out);

    a.workKey = ours(o, w3c::kWorkKey).toString();
    a.color = std::clamp(ours(o, w3c::kColor).toInt(0), 0, 4);
    a.status = commitmentStatusFromId(ours(o, w3c::kStatus).toString());
    a.responsibleUnit = ours(o, w3c::kResponsibleUnit).toString();
    a.due = QDate::fromString(ours(o, w3c::kDue).toString(), Qt::ISODate);
    if (ours(o, w3c::kBlockOrdinal).isDouble())
        a.anchor.blockOrdinal = ours(o, w3c::kBlockOrdinal).toInt(-1);
    a.anchor.headingPath = ours(o, w3c::kHeadingPath).toString();
    a.orphaned = ours(o, w3c::kOrphaned).toBool(false);
    return out;
}

Result<QList<ExchangedAnnotation>> W3cAnnotationReader::read(const QByteArray &json)
{
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (document.isNull()) {
        return Error{Error::Kind::BadInput, tr("This is not valid JSON: %1 at offset %2.")
                                                .arg(parseError.errorString())
                                                .arg(parseError.offset)};
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject top = document.object();
        if (hasType(top, "Annotation"_L1) || top.contains(u"target"_s))
            items.append(top);
        else if (hasType(top, "AnnotationCollection"_L1) || hasType(top, "AnnotationPage"_L1)
                 || top.contains(u"first"_s) || top.contains(u"items"_s))
            items = itemsOf(top);
        else
            return Error{Error::Kind::BadInput,
                         tr("This is JSON, but not W3C Web Annotation JSON: expected a list of annotations, "
                            "an Annotation or an AnnotationCollection.")};
    }
    QList<ExchangedAnnotation> annotations;
    annotations.reserve(items.size());
    for (const QJsonValue &item : std::as_const(items)) {
        if (!item.isObject()) {
            ExchangedAnnotation bad;
            bad.problem = tr("it is not an annotation object");
            annotations.append(bad);
            continue;
        }
        annotations.append(annotation(item.toObject()));
    }
    return annotations;
}

} // namespace pizhu

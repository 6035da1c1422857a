// SPDX-License-Identifier: GPL-3.0-or-later
#include "textsimilarity.h"

#include "chinesetext.h"

#include <QSet>
#include <cmath>

namespace pizhu {

namespace {

bool isWordChar(QChar c)
{
    return c.isLetterOrNumber();
}

} // namespace

QStringList TextSimilarity::grams(const QString &text)
{
    const QString folded = ChineseText::fold(text).toLower();
    QStringList grams;
    qsizetype runStart = 0;
    for (qsizetype i = 0; i <= folded.size(); ++i) {
        if (i < folded.size() && isWordChar(folded.at(i)))
            continue;
        // A run of word characters ends at i.
        for (qsizetype j = runStart; j + 1 < i; ++j) {
            grams.append(folded.mid(j, 2));
            if (j + 2 < i)
                grams.append(folded.mid(j, 3));
        }
        runStart = i + 1;
    }
    return grams;
}

TextSimilarity::TextSimilarity(const QStringList &texts)
{
    QList<Vector> counts;
    QHash<QString, int> documents; // in how many texts a gram occurs
    for (const QString &text : texts) {
        Vector tf;
        for (const QString &g : grams(text))
            tf[g] += 1.0;
        for (auto it = tf.cbegin(); it != tf.cend(); ++it)
            ++documents[it.key()];
        counts.append(tf);
    }
    const double n = double(texts.size());
    for (Vector &v : counts) {
        double norm = 0;
        for (auto it = v.begin(); it != v.end(); ++it) {
            // Sublinear tf: a long text repeating a phrase is not more about it.
            const double idf = std::log((n + 1.0) / (documents.value(it.key()) + 0.5));
            it.value() = (1.0 + std::log(it.value())) * std::max(idf, 0.0);
            norm += it.value() * it.value();
        }
        norm = std::sqrt(norm);
        if (norm > 0) {
            for (auto it = v.begin(); it != v.end(); ++it)
                it.value() /= norm;
        }
        m_vectors.append(v);
    }
}

double TextSimilarity::score(int a, int b) const
{
    const Vector &x = m_vectors.at(a).size() <= m_vectors.at(b).size() ? m_vectors.at(a) : m_vectors.at(b);
    const Vector &y = &x == &m_vectors.at(a) ? m_vectors.at(b) : m_vectors.at(a);
    double dot = 0;
    for (auto it = x.cbegin(); it != x.cend(); ++it) {
        if (const auto other = y.constFind(it.key()); other != y.cend())
            dot += it.value() * other.value();
    }
    return dot;
}

} // namespace pizhu

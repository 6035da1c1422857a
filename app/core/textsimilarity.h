// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QList>
#include <QString>

namespace pizhu {

// How alike short Chinese texts are, without a language model: each text
// becomes a vector of its character bigrams and trigrams weighted by tf-idf
// over the whole collection (so 推进/法治/政府, in every section of every
// report, count for little and 行政争议/复议/调解 for much), compared by cosine.
class TextSimilarity
{
public:
    // The collection the idf weights come from; the texts are referred to by index.
    explicit TextSimilarity(const QStringList &texts);

    // Cosine similarity of texts a and b, 0–1.
    double score(int a, int b) const;
    int count() const { return int(m_vectors.size()); }

    // The n-grams a text is compared by: Han characters and digits/letters,
    // width and Traditional forms folded; punctuation and spaces split runs.
    static QStringList grams(const QString &text);

private:
    using Vector = QHash<QString, double>;
    QList<Vector> m_vectors; // normalised to length 1
};

} // namespace pizhu

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace pizhu {

// Guesses the encoding of text that is not UTF-8, with uchardet. Returns a
// name QStringDecoder accepts (GB18030, Big5, EUC-JP …), GB18030 for the GB
// family (GB2312 and GBK are subsets of it), or empty when uchardet has no idea.
class EncodingDetector
{
public:
    static QString detect(QByteArrayView bytes);
    // Encodings offered for "Reopen with Encoding", in the names QStringDecoder knows.
    static QStringList choices();
};

} // namespace pizhu

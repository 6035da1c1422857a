// SPDX-License-Identifier: GPL-3.0-or-later
#include "encodingdetector.h"

#include <QStringList>
#include <uchardet/uchardet.h>

using namespace Qt::StringLiterals;

namespace pizhu {

QString EncodingDetector::detect(QByteArrayView bytes)
{
    uchardet_t detector = uchardet_new();
    if (!detector)
        return {};
    // A quarter of a megabyte decides as well as the whole file.
    const QByteArrayView head = bytes.first(qMin<qsizetype>(bytes.size(), 256 * 1024));
    QString name;
    if (uchardet_handle_data(detector, head.data(), size_t(head.size())) == 0) {
        uchardet_data_end(detector);
        name = QString::fromLatin1(uchardet_get_charset(detector)).toUpper();
    }
    uchardet_delete(detector);
    if (name == u"GB2312"_s || name == u"GBK"_s || name == u"HZ-GB-2312"_s || name == u"GB18030"_s)
        return u"GB18030"_s;
    if (name == u"BIG5"_s)
        return u"Big5"_s;
    if (name == u"ASCII"_s)
        return u"UTF-8"_s;
    return name;
}

QStringList EncodingDetector::choices()
{
    return {u"UTF-8"_s, u"GB18030"_s, u"Big5"_s, u"UTF-16LE"_s, u"UTF-16BE"_s, u"EUC-TW"_s};
}

} // namespace pizhu

// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace pizhu {

class Report;

// File → Properties: where a report came from and what Pizhu made of it —
// format, detected encoding, metadata, size, identities.
class ReportPropertiesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReportPropertiesDialog)

public:
    explicit ReportPropertiesDialog(const Report &report, QWidget *parent = nullptr);
    ~ReportPropertiesDialog() override;
};

} // namespace pizhu

#pragma once

#include "report/PagedDocument.h"

#include <QJsonObject>

namespace cd {

// The printed after-action report of a drill, with the same look as the situation reports:
// every reporting window (按时 / 逾期 / 未完成 / 未到期) and every expected player action, and
// the summary score.
namespace AfterActionReport {
PagedDocument document(const QJsonObject &afterAction, const QString &issuer = QStringLiteral("丽水市应急指挥中心"));
}

} // namespace cd

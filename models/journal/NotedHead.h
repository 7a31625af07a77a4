#pragma once

#include <QString>

#include <optional>

namespace cd {

// A head hash noted outside the database (a printed report, `verify`'s output): "HASH", or
// "SEQ:HASH" as the reports print it (日志校验值(截至第SEQ条)). Checked by ChainVerifier.
struct NotedHead {
    qint64 seq = 0; // 0: not noted
    QString hash;
    // nullopt and `error` set when the text is neither form.
    static std::optional<NotedHead> parse(const QString &text, QString *error);
};

} // namespace cd

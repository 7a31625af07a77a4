#pragma once

#include <QString>

namespace cd {

// The models, the journal and the server explain a refusal or a failure in English (the CLI's
// language, the log's). At a Chinese desk the operator reads it in Chinese: the messages an
// operator meets at work (offline, refused for the role, a locked or full database, a late
// entry, an event dated in the future) are put into the desk's language, keeping the names,
// paths and numbers they carry; roles and event kinds are named as the plans and the desk
// name them (值班员, 职责确认). Anything else is shown whole, under a Chinese line that says the
// action did not go through. The English desk shows every message as it is.
namespace ProblemText {

QString forDesk(const QString &message);

} // namespace ProblemText
} // namespace cd

#pragma once

#include "core/Result.h"

#include <QJsonObject>
#include <QList>

namespace cd {

// What importing rows into one of the centre's registers (unit roster, contact directory)
// records: an addition for each new entry, a change where a known one differs, nothing for an
// identical row. Fails on the first row the register refuses, so nothing is half-imported.
struct RegisterImportPlan {
    QList<QJsonObject> added;
    QList<QJsonObject> changed;
    int unchanged = 0;
};

// `isNew(item)`: whether the register lacks it; the register's addition(item) gives the
// added event's payload, change(item) the changed one's (or nothing when identical).
template <typename Item, typename Register, typename IsNew>
Result<RegisterImportPlan> planRegisterImport(const QList<Item> &items, const Register &reg, IsNew isNew)
{
    using R = Result<RegisterImportPlan>;
    RegisterImportPlan p;
    for (const Item &item : items) {
        if (isNew(item)) {
            auto added = reg.addition(item);
            if (!added)
                return R::failure(added.error());
            p.added << added.value();
            continue;
        }
        const auto changed = reg.change(item);
        if (!changed)
            return R::failure(changed.error());
        if (changed->has_value())
            p.changed << changed->value();
        else
            ++p.unchanged;
    }
    return p;
}

} // namespace cd

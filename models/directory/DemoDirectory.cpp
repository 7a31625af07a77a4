#include "directory/DemoDirectory.h"

namespace cd::DemoDirectory {

QList<AgencyContact> fromPlans(const PlanLibrary &library)
{
    QList<AgencyContact> out;
    const QStringList agencies = AgencyDirectory::planAgencies(library);
    for (qsizetype i = 0; i < agencies.size(); ++i) {
        const int n = int(i + 1);
        AgencyContact c;
        c.agency = agencies.at(i);
        c.dutyPhone = QStringLiteral("0578-5550%1").arg(n, 4, 10, QLatin1Char('0'));
        c.fax = QStringLiteral("0578-5551%1").arg(n, 4, 10, QLatin1Char('0'));
        c.liaison = QStringLiteral("联络员%1(示例)").arg(n);
        c.liaisonMobile = QStringLiteral("1355550%1").arg(n, 4, 10, QLatin1Char('0'));
        c.deputy = QStringLiteral("副联络员%1(示例)").arg(n);
        c.deputyMobile = QStringLiteral("1355551%1").arg(n, 4, 10, QLatin1Char('0'));
        // Every third agency keeps a second duty line, tried after the liaison: the order matters.
        if (n % 3 == 0) {
            c.otherPhones = {QStringLiteral("0578-5552%1").arg(n, 4, 10, QLatin1Char('0'))};
            c.callOrder = {QStringLiteral("duty"), QStringLiteral("liaison"), QStringLiteral("other"),
                           QStringLiteral("deputy")};
        }
        c.notes = QStringLiteral("示例数据,号码均为虚构(demo, fictitious numbers)");
        c.demo = true;
        out << c;
    }
    return out;
}

} // namespace cd::DemoDirectory

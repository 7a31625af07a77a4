#pragma once

#include <QIdentityProxyModel>
#include <QString>

namespace cd {

// The models, reports and CLI speak Chinese: states, kinds and levels are the plans' own words.
// In the English desk, those words are shown in English through the commanddesk_en catalogue
// (context "cd::DataLanguage", Chinese sources); names and plan texts stay as they are.
namespace DataLanguage {

void setEnglish(bool english); // once, at start-up, with the catalogue installed
bool isEnglish();
// A model text in the desk's language: a whole known word, or a known pattern around one
// ("接报(已更正)", "【演练】…", "结束时剩 0:05:00", "1天02:00"). Unknown text is returned as it is.
QString text(const QString &chinese);

} // namespace DataLanguage

// Passes a model through, showing its display and tooltip texts in the desk's language.
class DataLanguageModel final : public QIdentityProxyModel {
    Q_OBJECT
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override;
};

} // namespace cd

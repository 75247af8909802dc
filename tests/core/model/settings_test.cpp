#include <gtest/gtest.h>

#include "core/model/projectsettings.h"

using namespace respan;

TEST(ProjectSettings, DefaultsAreThoseOfTheMatchingContract) {
    const ProjectSettings s;
    EXPECT_DOUBLE_EQ(s.maxShorteningM, 3.0);
    EXPECT_EQ(s.maxCondition, 3);
    EXPECT_FALSE(s.requireVerified);
    EXPECT_DOUBLE_EQ(s.fNew, 173.8);
    EXPECT_DOUBLE_EQ(s.fTkm, 0.1);
    EXPECT_DOUBLE_EQ(s.roadFactor, 1.3);
}

TEST(ProjectSettings, EveryContractNameIsKnownWithUnitAndSource) {
    for (const char* name : {"max_shortening_m", "max_condition", "require_verified", "F_new",
                             "F_tkm", "road_factor"}) {
        const SettingInfo* info = findSetting(QString::fromLatin1(name));
        ASSERT_NE(info, nullptr) << name;
        EXPECT_FALSE(info->source().isEmpty()) << name;
        EXPECT_FALSE(info->description().isEmpty()) << name;
    }
    EXPECT_EQ(findSetting(QStringLiteral("f_new"))->name,
              QStringLiteral("F_new"));  // case-insensitive
    EXPECT_EQ(findSetting(QStringLiteral("F_tkm"))->unit, QStringLiteral("kg CO2e/tkm"));
    EXPECT_TRUE(
        findSetting(QStringLiteral("F_tkm"))->source().contains(QLatin1String("illustrative")));
    EXPECT_EQ(findSetting(QStringLiteral("no_such_setting")), nullptr);
}

TEST(ProjectSettings, ApplyParsesAndRoundTrips) {
    ProjectSettings s;
    EXPECT_FALSE(applySetting(s, QStringLiteral("max_shortening_m"), QStringLiteral("2.25")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("max_condition"), QStringLiteral("4")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("require_verified"), QStringLiteral("TRUE")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("F_new"), QStringLiteral("180")));
    EXPECT_DOUBLE_EQ(s.maxShorteningM, 2.25);
    EXPECT_EQ(s.maxCondition, 4);
    EXPECT_TRUE(s.requireVerified);
    EXPECT_DOUBLE_EQ(s.fNew, 180.0);
    // Every value written as text reads back to the same value.
    ProjectSettings copy;
    for (const SettingInfo& info : settingInfos()) {
        EXPECT_FALSE(applySetting(copy, info.name, settingValue(s, info.name)))
            << info.name.toStdString();
    }
    EXPECT_EQ(copy, s);
}

TEST(ProjectSettings, BadValuesAreRefusedAndChangeNothing) {
    const ProjectSettings before;
    struct Case {
        const char* name;
        const char* value;
    };
    for (const Case& c :
         {Case{"max_shortening_m", "-1"}, Case{"max_shortening_m", "abc"},
          Case{"max_shortening_m", "2,5"}, Case{"max_condition", "7"}, Case{"max_condition", "0"},
          Case{"max_condition", "2.5"}, Case{"require_verified", "maybe"}, Case{"F_new", "nan"},
          Case{"F_new", "inf"}, Case{"road_factor", "0.9"}, Case{"unknown", "1"}}) {
        ProjectSettings s = before;
        const auto err = applySetting(s, QString::fromLatin1(c.name), QString::fromLatin1(c.value));
        ASSERT_TRUE(err.has_value()) << c.name << "=" << c.value;
        EXPECT_FALSE(err->message.isEmpty());
        EXPECT_EQ(s, before) << c.name << "=" << c.value;
    }
    // Boundaries are inclusive.
    ProjectSettings s;
    EXPECT_FALSE(applySetting(s, QStringLiteral("max_condition"), QStringLiteral("6")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("max_condition"), QStringLiteral("1")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("max_shortening_m"), QStringLiteral("0")));
    EXPECT_FALSE(applySetting(s, QStringLiteral("road_factor"), QStringLiteral("1")));
}

#pragma once

#include "common/freshprojects.h"
#include "core/domain/quoteplacement.h"
#include "core/error.h"
#include "core/store/project.h"

#include <QHash>

using namespace Qt::StringLiterals;

namespace Claimbench {

// A small project of two articles, two metrics, two claimants, one tag and
// six claims for the claims-table, query and series tests:
//   kyiv   (Kyiv Post, 2024-03-01): drones 63 (Air Force, as of 2024-02-29,
//          tagged), drones 28 (Air Force, as of 2024-02-29), troops "more than
//          1,000,000" (General Staff, no as-of), a quote with a non-BMP emoji
//   meduza (Meduza, 2024-05, month): troops 20-30 thousand range (no claimant,
//          as of 2024-04, disputed), drones with no value, drones 45 (General
//          Staff, no as-of)
struct SampleClaims
{
    qint64 kyiv = 0, meduza = 0;
    qint64 drones = 0, troops = 0;          // metric ids
    qint64 airForce = 0, generalStaff = 0;  // claimant ids
    qint64 airWar = 0;                      // tag id
    QHash<QString, qint64> claims;          // by label: d63, d28, t1m, trange, dnone, d45

    static QString kyivBody()
    {
        return u"On Thursday night the Air Force said 63 drones were launched 🚀 and 28 shot down. "
               "The General Staff said more than 1,000,000 troops were lost."_s;
    }
    static QString meduzaBody()
    {
        return u"Between 20 and 30 thousand troops, by April. Some drones. The General Staff counted 45 drones."_s;
    }

    static Result<SampleClaims> create(const Project &project)
    {
        SampleClaims s;
        Article kyiv;
        kyiv.title = u"Night of drones"_s;
        kyiv.outlet = u"Kyiv Post"_s;
        kyiv.url = u"https://kyivpost.example/1"_s;
        kyiv.published = PartialDate::day(2024, 3, 1);
        kyiv.body = kyivBody();
        Article meduza;
        meduza.title = u"Losses"_s;
        meduza.outlet = u"Meduza"_s;
        meduza.published = PartialDate::month(2024, 5);
        meduza.body = meduzaBody();
        for (Article *a : {&kyiv, &meduza})
            if (auto ok = project.articles().add(*a); !ok)
                return std::unexpected(ok.error());
        s.kyiv = kyiv.id;
        s.meduza = meduza.id;
        const auto metric = [](const QString &name, const QString &unit) {
            Metric m;
            m.name = name;
            m.unit = unit;
            return m;
        };
        const auto claimant = [](const QString &name) {
            Claimant c;
            c.name = name;
            return c;
        };
        Metric drones = metric(u"Drones launched"_s, u"drones"_s);
        Metric troops = metric(u"Troop losses"_s, u"troops"_s);
        Claimant airForce = claimant(u"Ukrainian Air Force"_s);
        Claimant generalStaff = claimant(u"General Staff"_s);
        Tag airWar;
        airWar.name = u"Air war"_s;
        airWar.color = QColor(u"#3366cc"_s);
        if (auto ok = project.metrics().add(drones); !ok)
            return std::unexpected(ok.error());
        if (auto ok = project.metrics().add(troops); !ok)
            return std::unexpected(ok.error());
        if (auto ok = project.claimants().add(airForce); !ok)
            return std::unexpected(ok.error());
        if (auto ok = project.claimants().add(generalStaff); !ok)
            return std::unexpected(ok.error());
        if (auto ok = project.tags().add(airWar); !ok)
            return std::unexpected(ok.error());
        s.drones = drones.id;
        s.troops = troops.id;
        s.airForce = airForce.id;
        s.generalStaff = generalStaff.id;
        s.airWar = airWar.id;

        const auto add = [&](const QString &label, qint64 article, const QString &body, const QString &quote,
                             auto &&fill) -> Result<void> {
            Claim c;
            c.articleId = article;
            c.start = int(body.indexOf(quote));
            c.end = c.start + int(quote.size());
            fill(c);
            placeQuote(c, body, c.start, c.end);
            auto id = project.claims().add(c);
            if (!id)
                return std::unexpected(id.error());
            s.claims.insert(label, *id);
            return {};
        };
        const QList<Result<void>> results{
            add(u"d63"_s, s.kyiv, kyivBody(), u"63 drones were launched 🚀"_s, [&](Claim &c) {
                c.value = 63; c.unit = u"drones"_s; c.metricId = s.drones; c.claimantId = s.airForce;
                c.asOf = PartialDate::day(2024, 2, 29); c.tagId = s.airWar; c.note = u"night total"_s;
            }),
            add(u"d28"_s, s.kyiv, kyivBody(), u"28 shot down"_s, [&](Claim &c) {
                c.value = 28; c.unit = u"drones"_s; c.metricId = s.drones; c.claimantId = s.airForce;
                c.asOf = PartialDate::day(2024, 2, 29); c.status = ClaimStatus::Corroborated;
            }),
            add(u"t1m"_s, s.kyiv, kyivBody(), u"more than 1,000,000 troops"_s, [&](Claim &c) {
                c.value = 1000000; c.unit = u"troops"_s; c.metricId = s.troops; c.claimantId = s.generalStaff;
                c.qualifier = Qualifier::MoreThan;
            }),
            add(u"trange"_s, s.meduza, meduzaBody(), u"Between 20 and 30 thousand troops"_s, [&](Claim &c) {
                c.value = 25000; c.low = 20000; c.high = 30000; c.unit = u"troops"_s; c.metricId = s.troops;
                c.asOf = PartialDate::month(2024, 4); c.status = ClaimStatus::Disputed;
            }),
            add(u"dnone"_s, s.meduza, meduzaBody(), u"Some drones"_s, [&](Claim &c) {
                c.unit = u"drones"_s; c.metricId = s.drones;
            }),
            add(u"d45"_s, s.meduza, meduzaBody(), u"45 drones"_s, [&](Claim &c) {
                c.value = 45; c.unit = u"drones"_s; c.metricId = s.drones; c.claimantId = s.generalStaff;
            }),
        };
        for (const Result<void> &r : results)
            if (!r)
                return std::unexpected(r.error());
        return s;
    }
};

// A new project holding SampleClaims for every test function (call open()
// in init(), close() in cleanup()).
struct SampleProject
{
    FreshProjects projects;
    std::shared_ptr<Project> project;
    SampleClaims sample;

    Result<void> open()
    {
        auto opened = projects.open();
        if (!opened)
            return std::unexpected(opened.error());
        project = *opened;
        auto created = SampleClaims::create(*project);
        if (!created)
            return std::unexpected(created.error());
        sample = *created;
        return {};
    }
    void close() { project.reset(); }
};

} // namespace Claimbench

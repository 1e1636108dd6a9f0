// Who speaks where a text names nobody: transcript turns, interviews, the
// author of a speech, the publisher of its own release. Sentences written
// for these tests.
#include "core/extract/documentvoice.h"
#include "core/extract/figureextractor.h"
#include "core/extract/sentencesplitter.h"

#include <QTest>

#include <algorithm>

using namespace Claimbench;
using namespace Qt::StringLiterals;

namespace {

const QString kBriefing = u"Good afternoon, and thanks for joining. John F. Keller, the agency spokesman, will take questions.\n"
                          u"MR. KELLER: Thanks. Crews have cleared 1,200 homes so far and we expect to finish by Friday.\n"
                          u"Q: Can you confirm the toll has risen to 40 people, as the governor said?\n"
                          u"MR. KELLER: I can confirm the number we have, which is 38 fatalities.\n"
                          u"Q Thank you.\n"
                          u"SENIOR DEFENSE OFFICIAL: About 300 troops remain on the ground in the region.\n"_s;

QString claimantOf(const Extraction &e, const QString &figureText)
{
    for (const Figure &f : e.figures)
        if (f.text == figureText)
            return f.claimant;
    return u"<no figure %1>"_s.arg(figureText);
}

} // namespace

class TestDocumentVoice : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void aFigureBelongsToTheSpeakerWhoseTurnItIsIn()
    {
        const Extraction e = FigureExtractor().extract(kBriefing);
        QCOMPARE(claimantOf(e, u"1,200"_s), u"John F. Keller"_s);
        QCOMPARE(claimantOf(e, u"38"_s), u"John F. Keller"_s);
        QCOMPARE(claimantOf(e, u"300"_s), u"Senior Defense Official"_s);
    }

    void aQuestionClaimsNothingUnlessItNamesASource()
    {
        const Extraction e = FigureExtractor().extract(kBriefing);
        QCOMPARE(claimantOf(e, u"40"_s), u"governor"_s);
        const Extraction bare = FigureExtractor().extract(QString(kBriefing).replace(u", as the governor said?"_s, u"?"_s));
        QCOMPARE(claimantOf(bare, u"40"_s), QString());
    }

    void aDenialInATurnIsNobodysClaim()
    {
        const QString text = QString(kBriefing).replace(u"MR. KELLER: I can confirm the number we have"_s,
                                                        u"MR. KELLER: I can't confirm 500 missing. The number we have"_s);
        const Extraction e = FigureExtractor().extract(text);
        QCOMPARE(claimantOf(e, u"500"_s), QString());
        QCOMPARE(claimantOf(e, u"38"_s), u"John F. Keller"_s);
    }

    void fieldNamesAreNoConversation()
    {
        const QString record = u"Rating: EF1\nEstimated Peak Wind: 100 mph\nPath Length: 2.4 miles\n"
                               u"Survey Summary: The tornado touched down near the school and moved north for 3 miles.\n"_s;
        const SentenceSplitter splitter;
        const DocumentVoice voice(record, {}, {}, {}, splitter);
        QCOMPARE(voice.at(int(record.indexOf(u"3 miles"_s))), QString());
    }

    void anExcerptOfTwoTurnsInCapitalsIsAConversation()
    {
        const QString excerpt = u"MODERATOR: Thanks for joining this call, which is on background.\n\n"
                                u"SENIOR STATE DEPARTMENT OFFICIAL: Thank you. We have shipped 40 million doses "
                                u"to partners this spring.\n"_s;
        const Extraction e = FigureExtractor().extract(excerpt);
        QCOMPARE(claimantOf(e, u"40 million"_s), u"Senior State Department Official"_s);
        const QString notes = u"Note: Thanks for joining this call, which is on background.\n\n"
                              u"Senior Official: Thank you. We have shipped 40 million doses to partners this spring.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(notes), u"40 million"_s), QString());
    }

    void anUnlabelledInterviewGivesAnswersToTheInterviewee()
    {
        const QString text = u"Newsdesk interviews Maria Ostrova, mayor of Dunmore\n\n"
                             u"How many families still need housing after 14 months?\n\n"
                             u"About 250 families are still in temporary homes.\n"_s;
        const Extraction e = FigureExtractor().extract(text);
        QCOMPARE(claimantOf(e, u"14 months"_s), QString());
        QCOMPARE(claimantOf(e, u"250"_s), u"Maria Ostrova"_s);
    }

    void aHeadlineNamesAnIntervieweeOnlyWhereItOpens_data()
    {
        QTest::addColumn<QString>("headline");
        QTest::addColumn<QString>("claimant");
        QTest::newRow("after a colon") << u"Maria Ostrova: An interview with the mayor of Dunmore"_s << u"Maria Ostrova"_s;
        QTest::newRow("opening the headline") << u"Interview with Maria Ostrova, mayor of Dunmore"_s << u"Maria Ostrova"_s;
        QTest::newRow("inside a report's headline")
            << u"Update: council to replace interview with online form for housing claims"_s << QString();
    }
    void aHeadlineNamesAnIntervieweeOnlyWhereItOpens()
    {
        QFETCH(QString, headline);
        QFETCH(QString, claimant);
        const QString text = headline + u"\n\nAbout 250 families are still in temporary homes.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text), u"250"_s), claimant);
    }

    void aStandfirstSpeaksForTheTextASourceBelowItDoesNot()
    {
        const QString statement = u"Housing in Dunmore: council statement\n\n"
                                  u"Council leader, Ann Price, says the county must build faster.\n\n"
                                  u"About 250 families are still in temporary homes.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(statement), u"250"_s), u"Ann Price"_s);
        const QString report = u"Dunmore council to close shelters\n\nMonday, 4 March 2024\n\n"
                               u"The council will close two shelters next year.\n\n"
                               u"Residents protested outside the town hall on Monday.\n\n"
                               u"A letter seen by the Dunmore Courier says the shelters cost too much to run.\n\n"
                               u"About 250 families are still in temporary homes.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(report), u"250"_s), QString());
    }

    void aSpeechSpeaksWithItsAuthorsVoice()
    {
        const QString text = u"With permission, I would like to update the House. I can report that 2,300 officers "
                             u"have been recruited this year.\n"_s;
        ExtractionContext context;
        context.author = u"Jane Holt"_s;
        context.outlet = u"Home Office"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"2,300"_s), u"Jane Holt"_s);
        context.author.clear();
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"2,300"_s), u"Home Office"_s);
    }

    void theFirstPartyIsDecidedByEvidence_data()
    {
        QTest::addColumn<QString>("outlet");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("firstParty");
        const QString quoting = u"The council said 40 roads were closed, a resident told reporters."_s;
        QTest::newRow("ministry") << u"Ministry of Health"_s << quoting << true;
        QTest::newRow("statistics office") << u"Office for National Statistics"_s << quoting << true;
        QTest::newRow("acronym") << u"NOAA"_s << quoting << true;
        QTest::newRow("news outlet") << u"The Daily Courier"_s << u"We counted 40 roads."_s << false;
        QTest::newRow("state broadcaster") << u"Voice of America"_s << quoting << false;
        QTest::newRow("no name to go by, quoting") << u"Example Trust"_s << quoting << false;
        QTest::newRow("no name to go by, speaking as we") << u"Example Trust"_s
                                                          << u"We planted 400 trees. Our volunteers worked 90 days. We thank our donors."_s
                                                          << true;
        QTest::newRow("a web address") << u"pamtengo.com"_s << u"Deaths rose to 40."_s << false;
        QTest::newRow("a public body's web address") << u"weather.gov"_s << u"Deaths rose to 40."_s << true;
        QTest::newRow("no letters") << u"-"_s << u"Deaths rose to 40."_s << false;
        QTest::newRow("a part of an agency by its acronym")
            << u"NOAA Fisheries"_s << u"Catches fell 4 percent, biologists said."_s << true;
        QTest::newRow("a news outlet's acronym") << u"ABC News"_s << u"Rivers rose 4 feet."_s << false;
        QTest::newRow("news agency by initials") << u"AP"_s << u"Deaths rose to 40."_s << false;
        QTest::newRow("state news agency") << u"KCNA"_s << u"Deaths rose to 40."_s << false;
        QTest::newRow("statistics office, one word") << u"Rosstat"_s << u"Deaths rose to 40."_s << true;
        QTest::newRow("no outlet") << QString() << u"We planted 400 trees. Our volunteers. We thank our donors."_s << false;
    }
    void theFirstPartyIsDecidedByEvidence()
    {
        QFETCH(QString, outlet);
        QFETCH(QString, text);
        QFETCH(bool, firstParty);
        QCOMPARE(DocumentVoice::isFirstParty(text, outlet), firstParty);
    }

    void aReportsUnattributedFiguresStayUnclaimed()
    {
        ExtractionContext context;
        context.outlet = u"The Daily Courier"_s;
        const QString text = u"Floods closed 40 roads on Monday, the council said.\nAbout 12 schools were shut.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"12"_s), QString());
        context.outlet = u"Dunmore County Council"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"12"_s), u"Dunmore County Council"_s);
    }

    void aDurationIsTheSpeakersUnlessItDatesTheBackground_data()
    {
        QTest::addColumn<QString>("sentence");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("claimant");
        const QString speaker = u"Jane Holt"_s;
        QTest::newRow("a window the speaker measures") << u"Over the last 10 days, forces recruited 2,300 officers."_s
                                                       << u"10 days"_s << speaker;
        QTest::newRow("a rate's period") << u"The 12-month rate of crime fell to 4%."_s << u"12-month"_s << speaker;
        QTest::newRow("an age range") << u"One in five adults aged 18-64 years had no cover."_s << u"18-64 years"_s << speaker;
        QTest::newRow("time since an event") << u"Three weeks ago, the chiefs met in Leeds."_s << u"Three weeks"_s << QString();
        QTest::newRow("years on") << u"Almost two years on, the shortage remains."_s << u"two years"_s << QString();
        QTest::newRow("the age of a war") << u"We are approaching 900 days of the invasion."_s << u"900 days"_s << QString();
        QTest::newRow("into a war") << u"The enemy is now three years into a war it planned for weeks."_s
                                    << u"three years"_s << QString();
        QTest::newRow("a war's length as an adjective") << u"The five-year conflict drained the treasury."_s
                                                        << u"five-year"_s << QString();
    }
    void aDurationIsTheSpeakersUnlessItDatesTheBackground()
    {
        QFETCH(QString, sentence);
        QFETCH(QString, figure);
        QFETCH(QString, claimant);
        ExtractionContext context;
        context.author = u"Jane Holt"_s;
        const QString speech = u"I am glad to be here today. "_s + sentence + u"\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(speech, context), figure), claimant);
    }

    void aPublishersAcronymIsThePublisher()
    {
        ExtractionContext context;
        context.outlet = u"Centers for Disease Control and Prevention"_s;
        const QString text = u"In 2024, CDC estimated that 2,000 adults lacked cover. UNICEF estimated that 900 children did.\n"_s;
        const Extraction e = FigureExtractor().extract(text, context);
        QCOMPARE(claimantOf(e, u"2,000"_s), u"Centers for Disease Control and Prevention"_s);
        QCOMPARE(claimantOf(e, u"900"_s), u"UNICEF"_s);
    }

    void aBulletinsHeadingNamesItsPublisher()
    {
        const QString bulletin = u"Public Information Statement\nNational Weather Service Dunmore KS\n\n"
                                 u"A tornado touched down east of town and travelled 4 miles.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(bulletin), u"4 miles"_s), u"National Weather Service Dunmore KS"_s);
        const QString news = u"UPDATE\nStorm hits Dunmore\n\nA tornado touched down east of town and travelled 4 miles.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(news), u"4 miles"_s), QString());
    }

    void aLabelIsNoSubjectOfItsTurn()
    {
        const QString text = u"Press Secretary Karine Jean-Pierre spoke first.\n"
                             u"MS. JEAN-PIERRE: We announced 2.5 billion dollars for the states.\n"
                             u"Q: How much of it is new money?\nMS. JEAN-PIERRE: All of it, and 40 states applied.\n"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text), u"2.5 billion dollars"_s), u"Karine Jean-Pierre"_s);
    }

    void aLabelsSurnameIsCompletedFromTheHeadline()
    {
        const QString text = u"MS. HALVORSEN: Good morning. Crews restored power to 8,200 homes overnight.\n"
                             u"Q: When will the rest be back on?\n"
                             u"MS. HALVORSEN: By Sunday, we hope. Another 900 homes are waiting for parts.\n"_s;
        ExtractionContext context;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"8,200"_s), u"Halvorsen"_s);
        context.title = u"Press Briefing by Utility Commissioner Ingrid Halvorsen on the Storm Outages"_s;
        const Extraction e = FigureExtractor().extract(text, context);
        QCOMPARE(claimantOf(e, u"8,200"_s), u"Ingrid Halvorsen"_s);
        QCOMPARE(claimantOf(e, u"900"_s), u"Ingrid Halvorsen"_s);
        // The body's own full name comes first; a headline about someone else names nobody.
        context.title = u"Storm outages: Commissioner Halvorsen briefs reporters"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"8,200"_s), u"Halvorsen"_s);
    }

    void aSourceAQuestionCitesClaimsItsFigure_data()
    {
        QTest::addColumn<QString>("question");
        QTest::addColumn<QString>("claimant");
        QTest::newRow("is reporting that") << u"Reuters is reporting that 500 soldiers crossed the border. Is that right?"_s
                                           << u"Reuters"_s;
        QTest::newRow("reports") << u"The Red Cross reports 70 shelters are full. What will you do?"_s << u"Red Cross"_s;
        QTest::newRow("reported") << u"The Coast Guard reported 12 boats missing. Are you searching?"_s << u"Coast Guard"_s;
        QTest::newRow("according to") << u"According to the county, 300 roads are closed. When will they open?"_s
                                       << u"county"_s;
        QTest::newRow("no source") << u"Are 500 soldiers enough to hold the border?"_s << QString();
    }
    void aSourceAQuestionCitesClaimsItsFigure()
    {
        QFETCH(QString, question);
        QFETCH(QString, claimant);
        const QString text = u"MR. KELLER: Thanks for coming. Crews have cleared most of the roads by now.\nQ: "_s + question
            + u"\nMR. KELLER: I will check on that and come back to you this afternoon.\n"_s;
        const Extraction e = FigureExtractor().extract(text);
        QCOMPARE(e.figures.size(), 1);
        QCOMPARE(e.figures.first().claimant, claimant);
    }

    void aReleasesFirstPersonPluralIsItsPublisher_data()
    {
        QTest::addColumn<QString>("paragraph");
        QTest::addColumn<QString>("figure");
        QTest::addColumn<QString>("claimant");
        const QString governor = u"The governor said the valley was badly hit. "_s;
        QTest::newRow("our own team") << governor + u"Our own team distributed 2,350 kits."_s << u"2,350"_s
                                      << u"Ministry of Health"_s;
        QTest::newRow("we, after an opening phrase") << governor + u"Last week, we opened 12 clinics."_s << u"12"_s
                                                     << u"Ministry of Health"_s;
        QTest::newRow("we estimate") << governor + u"We estimate 4,000 homes were damaged."_s << u"4,000"_s
                                     << u"Ministry of Health"_s;
        QTest::newRow("a third person subject carries on") << governor + u"Rescuers reached 40 families."_s << u"40"_s
                                                           << u"governor"_s;
        QTest::newRow("a quotation is the quoted speaker's")
            << governor + u"\u201cWe have 300 beds left.\u201d"_s << u"300"_s << u"governor"_s;
        QTest::newRow("our staff as a source") << governor + u"Our staff counted 600 tents."_s << u"600"_s
                                               << u"Ministry of Health"_s;
        QTest::newRow("a source after the figure") << u"Our staff put up 600 tents, the mayor said."_s << u"600"_s
                                                   << u"mayor"_s;
    }
    void aReleasesFirstPersonPluralIsItsPublisher()
    {
        QFETCH(QString, paragraph);
        QFETCH(QString, figure);
        QFETCH(QString, claimant);
        // A standfirst that quotes someone else does not make "we" theirs.
        const QString text = u"Flood relief reaches the valley\n\nMayor, Ana Ruiz, says the town needs more help.\n\n"_s
            + paragraph + u"\n"_s;
        ExtractionContext context;
        context.outlet = u"Ministry of Health"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), figure), claimant);
    }

    void aNewsOutletsFirstPersonPluralIsNotThePublisher()
    {
        const QString text = u"Our reporters visited 40 tents in the valley.\n"_s;
        ExtractionContext context;
        context.outlet = u"The Valley Courier"_s;
        QCOMPARE(claimantOf(FigureExtractor().extract(text, context), u"40"_s), QString());
    }

    void theAuthorityIsTheOneAuthorityNamedBefore_data()
    {
        QTest::addColumn<QString>("before");
        QTest::addColumn<QString>("after");
        QTest::addColumn<QString>("claimant");
        const QString said = u"The authority said 120,000 people were moved."_s;
        QTest::newRow("one body named before")
            << u"The National Disaster Management Authority sent teams to the coast.\n\n"_s + said << QString()
            << u"National Disaster Management Authority"_s;
        QTest::newRow("two bodies named before")
            << u"The Civil Aviation Authority and the Port Authority met on Monday.\n\n"_s + said << QString()
            << u"authority"_s;
        QTest::newRow("a body whose name ends otherwise")
            << u"The Ministry of Health sent nurses.\n\nThe ministry said 120,000 people were moved."_s << QString()
            << u"ministry"_s;
        QTest::newRow("a body named only after") << said << u"\n\nThe Port Authority opened on Monday."_s
                                                 << u"authority"_s;
    }
    void theAuthorityIsTheOneAuthorityNamedBefore()
    {
        QFETCH(QString, before);
        QFETCH(QString, after);
        QFETCH(QString, claimant);
        const QString text = before + after + u"\n"_s;
        const FigureExtractor extractor;
        QCOMPARE(claimantOf(extractor.extract(text), u"120,000"_s), claimant);
        // A paragraph extracted alone still sees the names above it.
        const qsizetype from = text.lastIndexOf(u'\n', text.indexOf(u"120,000"_s)) + 1;
        const Extraction part = extractor.extractPart(text, from, text.indexOf(u'\n', from), extractor.voiceOf(text, {}), {});
        QCOMPARE(claimantOf(part, u"120,000"_s), claimant);
    }

    void aTableRowExtractedAloneKeepsItsHeaderAndSource()
    {
        const QString table = u"Casualties by region\n\nRegion      Dead   Injured\nNorth        120       340\n"
                              u"South         45        98\n\nSource: regional health departments\n"_s;
        const FigureExtractor extractor;
        const Extraction whole = extractor.extract(table);
        const qsizetype from = table.indexOf(u"South"_s);
        const qsizetype to = table.indexOf(u'\n', from);
        const Extraction row = extractor.extractPart(table, from, to, extractor.voiceOf(table, {}), {});
        QCOMPARE(row.figures.size(), 2);
        for (const Figure &f : row.figures) {
            const auto same = std::ranges::find_if(whole.figures, [&](const Figure &w) { return w.start == f.start + from; });
            QVERIFY(same != whole.figures.cend());
            QCOMPARE(f.unit, same->unit);
            QCOMPARE(f.claimant, same->claimant);
        }
        QCOMPARE(row.figures.first().unit, u"dead"_s);
        QCOMPARE(row.figures.first().claimant, u"regional health departments"_s);
    }

    void aPartSeesTheWholeDocumentsVoice()
    {
        const FigureExtractor extractor;
        ExtractionContext context;
        const DocumentVoice voice = extractor.voiceOf(kBriefing, context);
        const qsizetype from = kBriefing.indexOf(u"SENIOR"_s);
        const Extraction part = extractor.extractPart(kBriefing, from, kBriefing.size(), voice, {});
        QCOMPARE(part.figures.size(), 1);
        QCOMPARE(part.figures.first().claimant, u"Senior Defense Official"_s);
        QCOMPARE(part.figures.first().start, kBriefing.indexOf(u"300"_s) - from);
    }
};

QTEST_GUILESS_MAIN(TestDocumentVoice)
#include "tst_documentvoice.moc"

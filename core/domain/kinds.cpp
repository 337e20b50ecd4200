#include "domain/kinds.h"

namespace collector {

COLLECTOR_DEFINE_CODE_TABLE(Stage, {E::Early, "early"}, {E::Middle, "middle"}, {E::Late, "late"})
COLLECTOR_DEFINE_CODE_TABLE(AccountStatus, {E::Active, "active"}, {E::Settled, "settled"},
                            {E::Closed, "closed"}, {E::WrittenOff, "written_off"}, {E::Recalled, "recalled"})
COLLECTOR_DEFINE_CODE_TABLE(PartyRole, {E::Debtor, "debtor"}, {E::CoBorrower, "co_borrower"},
                            {E::Guarantor, "guarantor"})
COLLECTOR_DEFINE_CODE_TABLE(UserRole, {E::Collector, "collector"}, {E::Lead, "lead"}, {E::Admin, "admin"})
COLLECTOR_DEFINE_CODE_TABLE(ContactKind, {E::Phone, "phone"}, {E::Email, "email"}, {E::Address, "address"})
COLLECTOR_DEFINE_CODE_TABLE(PhoneType, {E::Mobile, "mobile"}, {E::FixedLine, "fixed_line"},
                            {E::FixedLineOrMobile, "fixed_line_or_mobile"}, {E::TollFree, "toll_free"},
                            {E::Voip, "voip"}, {E::Other, "other"})
COLLECTOR_DEFINE_CODE_TABLE(ContactSource, {E::Placement, "placement"}, {E::Debtor, "debtor"},
                            {E::Skiptrace, "skiptrace"}, {E::Collector, "collector"},
                            {E::ThirdParty, "third_party"})
COLLECTOR_DEFINE_CODE_TABLE(Channel, {E::Call, "call"}, {E::Sms, "sms"}, {E::Email, "email"},
                            {E::Letter, "letter"}, {E::Visit, "visit"}, {E::Chat, "chat"})
COLLECTOR_DEFINE_CODE_TABLE(Direction, {E::Outbound, "outbound"}, {E::Inbound, "inbound"})
COLLECTOR_DEFINE_CODE_TABLE(Outcome, {E::NoAnswer, "no_answer"}, {E::Busy, "busy"},
                            {E::Voicemail, "voicemail"}, {E::WrongNumber, "wrong_number"},
                            {E::ThirdParty, "third_party"}, {E::RightParty, "right_party"},
                            {E::PromiseToPay, "promise_to_pay"}, {E::Refusal, "refusal"},
                            {E::Dispute, "dispute"}, {E::Hardship, "hardship"},
                            {E::CallbackRequested, "callback_requested"}, {E::AlreadyPaid, "already_paid"},
                            {E::DeceasedReported, "deceased_reported"}, {E::Delivered, "delivered"},
                            {E::Bounced, "bounced"})
COLLECTOR_DEFINE_CODE_TABLE(Reaction, {E::Cooperative, "cooperative"}, {E::Neutral, "neutral"},
                            {E::Evasive, "evasive"}, {E::Hostile, "hostile"}, {E::Distressed, "distressed"})
COLLECTOR_DEFINE_CODE_TABLE(StopKind, {E::Dispute, "dispute"}, {E::Complaint, "complaint"},
                            {E::CeaseCommunication, "cease_communication"}, {E::Bankruptcy, "bankruptcy"},
                            {E::Deceased, "deceased"}, {E::BreathingSpace, "breathing_space"},
                            {E::LegalHold, "legal_hold"}, {E::Cleared, "cleared"})
COLLECTOR_DEFINE_CODE_TABLE(VisitMet, {E::Debtor, "debtor"}, {E::Family, "family"},
                            {E::Neighbour, "neighbour"}, {E::Colleague, "colleague"}, {E::Nobody, "nobody"})
COLLECTOR_DEFINE_CODE_TABLE(VisitType, {E::FriendlyReminder, "friendly_reminder"}, {E::Firm, "firm"},
                            {E::LegalNoticeDelivery, "legal_notice_delivery"})
COLLECTOR_DEFINE_CODE_TABLE(VisitRecording, {E::None, "none"}, {E::Consented, "consented"},
                            {E::Refused, "refused"})
COLLECTOR_DEFINE_CODE_TABLE(PlanMethod, {E::EqualInstalment, "equal_instalment"},
                            {E::EqualPrincipal, "equal_principal"}, {E::FlatInterest, "flat_interest"},
                            {E::InterestFreeSplit, "interest_free_split"}, {E::Settlement, "settlement"})

bool isRightPartyOutcome(Outcome outcome)
{
    switch (outcome) {
    case Outcome::RightParty:
    case Outcome::PromiseToPay:
    case Outcome::Refusal:
    case Outcome::Dispute:
    case Outcome::Hardship:
    case Outcome::CallbackRequested:
    case Outcome::AlreadyPaid:
        return true;
    default:
        return false;
    }
}

} // namespace collector

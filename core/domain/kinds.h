// The collection vocabulary: stages, statuses, roles, channels, outcomes, stop events. Stored by code.
#pragma once

#include "domain/codes.h"

namespace collector {

enum class Stage
{
    Early,
    Middle,
    Late
};
enum class AccountStatus
{
    Active,
    Settled,
    Closed,
    WrittenOff,
    Recalled
};
enum class PartyRole
{
    Debtor,
    CoBorrower,
    Guarantor
};
enum class UserRole
{
    Collector,
    Lead,
    Admin
};
enum class ContactKind
{
    Phone,
    Email,
    Address
};
enum class PhoneType
{
    Mobile,
    FixedLine,
    FixedLineOrMobile,
    TollFree,
    Voip,
    Other
};
enum class ContactSource
{
    Placement,
    Debtor,
    Skiptrace,
    Collector,
    ThirdParty
};
enum class Channel
{
    Call,
    Sms,
    Email,
    Letter,
    Visit,
    Chat
};
enum class Direction
{
    Outbound,
    Inbound
};
// What happened on a contact attempt: first whether anyone answered and who, then what the debtor said.
enum class Outcome
{
    NoAnswer,
    Busy,
    Voicemail,
    WrongNumber,
    ThirdParty,
    RightParty,
    PromiseToPay,
    Refusal,
    Dispute,
    Hardship,
    CallbackRequested,
    AlreadyPaid,
    DeceasedReported,
    Delivered, // SMS, e-mail or letter sent without a reply
    Bounced,   // undeliverable message or returned letter
};
enum class Reaction
{
    Cooperative,
    Neutral,
    Evasive,
    Hostile,
    Distressed
};
enum class StopKind
{
    Dispute,
    Complaint,
    CeaseCommunication,
    Bankruptcy,
    Deceased,
    BreathingSpace,
    LegalHold,
    Cleared
};
enum class VisitMet
{
    Debtor,
    Family,
    Neighbour,
    Colleague,
    Nobody
};
enum class VisitType
{
    FriendlyReminder,
    Firm,
    LegalNoticeDelivery
};
// Whether the people met at the door were asked, before anything was recorded, and what they said.
enum class VisitRecording
{
    None,      // nothing was recorded
    Consented, // asked first; they agreed
    Refused    // asked first; they refused, so nothing was recorded
};
enum class PlanMethod
{
    EqualInstalment,
    EqualPrincipal,
    FlatInterest,
    InterestFreeSplit,
    Settlement
};

template <> std::span<const CodeEntry<Stage>> codeTable<Stage>();
template <> std::span<const CodeEntry<AccountStatus>> codeTable<AccountStatus>();
template <> std::span<const CodeEntry<PartyRole>> codeTable<PartyRole>();
template <> std::span<const CodeEntry<UserRole>> codeTable<UserRole>();
template <> std::span<const CodeEntry<ContactKind>> codeTable<ContactKind>();
template <> std::span<const CodeEntry<PhoneType>> codeTable<PhoneType>();
template <> std::span<const CodeEntry<ContactSource>> codeTable<ContactSource>();
template <> std::span<const CodeEntry<Channel>> codeTable<Channel>();
template <> std::span<const CodeEntry<Direction>> codeTable<Direction>();
template <> std::span<const CodeEntry<Outcome>> codeTable<Outcome>();
template <> std::span<const CodeEntry<Reaction>> codeTable<Reaction>();
template <> std::span<const CodeEntry<StopKind>> codeTable<StopKind>();
template <> std::span<const CodeEntry<VisitMet>> codeTable<VisitMet>();
template <> std::span<const CodeEntry<VisitType>> codeTable<VisitType>();
template <> std::span<const CodeEntry<VisitRecording>> codeTable<VisitRecording>();
template <> std::span<const CodeEntry<PlanMethod>> codeTable<PlanMethod>();

// True for outcomes where the debtor in person was reached and identified (RPC).
bool isRightPartyOutcome(Outcome outcome);

} // namespace collector

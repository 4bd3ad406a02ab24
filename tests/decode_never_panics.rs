//! Decoding never panics, whatever arrives: random bytes, random JSON, and random JSON shaped
//! like our models (their own field names, wrong types, nulls, deep nesting) thrown at the
//! decoder of every model type, at the readers of error envelopes and batch answers, and
//! random values thrown at the query encoder.

use proptest::prelude::*;
use serde_json::{Map, Value};
use truto::ticketing::*;

/// Field names of the models, so random objects reach deep into them.
const KEYS: &[&str] = &[
    "id",
    "employment_status",
    "work_location",
    "manager",
    "name",
    "status",
    "type",
    "emails",
    "email",
    "phones",
    "number",
    "assignees",
    "contact",
    "additional_contacts",
    "created_at",
    "updated_at",
    "due_date",
    "completed_at",
    "remote_data",
    "custom_fields",
    "result",
    "next_cursor",
    "tags",
    "ticket",
    "author",
    "body",
    "first_name",
    "last_name",
    "languages",
    "is_unread",
    "created_by",
    "priority",
    "event",
    "payload",
    "webhook_id",
    "environment_id",
    "account",
    "workspace",
    "collections",
    // Error envelopes and batch answers.
    "errors",
    "failures",
    "path",
    "message",
    "value",
    "description",
    "statusCode",
    "missing_scopes",
    "forbidden_error",
    "rate_limit_error",
    "missing_required_query_parameters",
];

fn json_value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        any::<i64>().prop_map(Value::from),
        any::<f64>()
            .prop_map(|f| serde_json::Number::from_f64(f).map_or(Value::Null, Value::Number)),
        prop_oneof![
            Just("2024-03-05T14:21:07+05:30".to_owned()),
            Just("open".to_owned()),
            Just("".to_owned()),
            ".{0,12}",
        ]
        .prop_map(Value::String),
    ];
    leaf.prop_recursive(6, 64, 8, |inner| {
        prop_oneof![
            prop::collection::vec(inner.clone(), 0..6).prop_map(Value::Array),
            prop::collection::vec((prop::sample::select(KEYS), inner), 0..8).prop_map(|pairs| {
                Value::Object(
                    pairs
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect::<Map<_, _>>(),
                )
            }),
        ]
    })
}

/// Decodes `bytes` as every model type; only the absence of a panic matters.
fn decode_all(bytes: &[u8]) {
    macro_rules! each {
        ($($ty:ty),* $(,)?) => {
            $( let _ = serde_json::from_slice::<$ty>(bytes); )*
        };
    }
    each!(
        Ticket,
        ContactRef,
        UserRef,
        Email,
        Phone,
        Reference,
        Attachment,
        Collection,
        Conversation,
        CreatedBy,
        TicketStatusRef,
        TicketStatus,
        CreatorType,
        ImportTicketBody,
        truto::UnifiedQuery,
        truto::ListParams,
        truto::Page<Ticket>,
        truto::Page<Value>,
        truto::webhook::WebhookEvent,
        truto::platform::BatchResponse,
        truto::hris::Employee,
        truto::hris::EmploymentStatus,
        truto::hris::CreateEmployee,
        truto::Page<truto::hris::Employee>,
        truto::hris::Employment,
        truto::hris::Company,
        truto::hris::HrisGroup,
        truto::hris::CreateHrisGroup,
        truto::hris::EmploymentType,
        truto::hris::HrisLocation,
        truto::hris::EmployeeCompensation,
        truto::hris::CompensationPeriod,
        truto::hris::TimeoffRequest,
        truto::hris::CreateTimeoffRequest,
        truto::hris::TimeoffRequestStatus,
        truto::hris::TimeoffBalance,
        truto::hris::TimeoffPolicy,
        truto::hris::HrisBenefit,
        truto::hris::CreateHrisBenefit,
        truto::hris::UpdateHrisBenefit,
        truto::ats::Candidate,
        truto::user_directory::DirectoryUser,
        truto::user_directory::CreateDirectoryUser,
        truto::user_directory::UpdateDirectoryUser,
        truto::Page<truto::user_directory::DirectoryUser>,
        truto::user_directory::DirectoryGroup,
        truto::user_directory::CreateDirectoryGroup,
        truto::user_directory::DirectoryGroupMembership,
        truto::user_directory::DirectoryRole,
        truto::user_directory::CreateDirectoryRole,
        truto::user_directory::DirectoryLicense,
        truto::user_directory::DirectoryOrganization,
        truto::user_directory::DirectoryWorkspace,
        truto::user_directory::DirectoryActivity,
        truto::Page<truto::user_directory::DirectoryActivity>,
        truto::file_storage::DriveItem,
        truto::file_storage::CreateDriveItem,
        truto::file_storage::UpdateDriveItem,
        truto::Page<truto::file_storage::DriveItem>,
        truto::file_storage::Drive,
        truto::file_storage::FileStoragePermission,
        truto::file_storage::FileStorageRecord,
        truto::ats::MoveApplicationStage,
        truto::ats::RejectApplication,
        truto::ats::JobFormField,
        truto::ats::AtsTag,
        truto::ats::RejectReason,
        truto::ats::Eeoc,
        truto::ats::AtsActivity,
        truto::ats::CreateAtsActivity,
        truto::ats::AtsAttachment,
        truto::ats::AtsAttachmentType,
        truto::ats::AtsOffice,
        truto::ats::AtsDepartment,
        truto::ats::AtsUser,
        truto::ats::AtsUserAccessRole,
        truto::ats::JobInterviewStage,
        truto::ats::AtsScorecard,
        truto::ats::Offer,
        truto::ats::Interview,
        truto::ats::AtsJob,
        truto::ats::AtsApplication,
        truto::crm::CrmContact,
        truto::Page<truto::crm::CrmContact>,
        truto::crm::CreateCrmContact,
        truto::crm::Association,
        truto::crm::EngagementTypeRecord,
        truto::crm::CrmField,
        truto::crm::CrmStage,
        truto::crm::Pipeline,
        truto::crm::CrmUser,
        truto::crm::CrmTask,
        truto::crm::Engagement,
        truto::crm::CrmNote,
        truto::crm::Lead,
        truto::crm::Opportunity,
        truto::crm::CrmAccount,
        truto::e_signature::ESignatureDocument,
        truto::e_signature::SigningRequest,
        truto::e_signature::SigningRequestStatus,
        truto::e_signature::SigningRequestStatusId,
        truto::e_signature::CreateSigningRequest,
        truto::Page<truto::e_signature::SigningRequest>,
        truto::e_signature::DocumentField,
        truto::e_signature::CreateDocumentField,
        truto::e_signature::ESignatureWorkflow,
        truto::e_signature::ESignatureCollection,
        truto::e_signature::ESignatureContact,
        truto::e_signature::ESignatureFieldGroup,
        truto::e_signature::ESignatureField,
        truto::e_signature::ESignatureRecord,
        truto::emails::EmailMessage,
        truto::emails::EmailAttachment,
        truto::emails::EmailFolder,
        truto::emails::EmailUser,
        truto::emails::CreateEmail,
        truto::marketing_automation::MarketingContact,
        truto::marketing_automation::MarketingList,
        truto::marketing_automation::MarketingTag,
        truto::marketing_automation::MarketingUser,
        truto::marketing_automation::CreateMarketingContact,
        truto::calendar::CalendarEvent,
        truto::calendar::CalendarRecord,
        truto::calendar::CalendarAttachment,
        truto::calendar::CalendarAvailabilitySlot,
        truto::calendar::CalendarContact,
        truto::calendar::CalendarEventTypeRecord,
        truto::calendar::UpdateCalendarEvent,
        truto::knowledge_base::KnowledgePage,
        truto::knowledge_base::KnowledgeCollection,
        truto::knowledge_base::KnowledgePageContent,
        truto::knowledge_base::KnowledgeFile,
        truto::knowledge_base::KnowledgeUser,
        truto::instant_messaging::ImMessage,
        truto::instant_messaging::ImChannel,
        truto::instant_messaging::ImAttachment,
        truto::instant_messaging::ImGroup,
        truto::instant_messaging::ImMember,
        truto::instant_messaging::CreateImMessage,
        truto::lms::CourseEnrollment,
        truto::lms::Course,
        truto::lms::CourseItem,
        truto::ecommerce::EcommerceProduct,
        truto::ecommerce::EcommerceOrder,
        truto::conversational_intelligence::ConversationRecord,
        truto::mdm::MdmDevice,
        truto::mdm::MdmApp,
        truto::mdm::MdmUser,
    );
    if let Ok(value) = serde_json::from_slice::<Value>(bytes) {
        let _ = truto::ErrorInsight::from_value(&value);
        let _ = truto::ValidationFailure::list_from_details(&value);
        let _ = truto::ErrorInsight::from_value(
            &serde_json::json!({"forbidden_error": {"value": value}}),
        );
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn random_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..512)) {
        decode_all(&bytes);
    }

    #[test]
    fn random_model_shaped_json_never_panics(value in json_value()) {
        let bytes = serde_json::to_vec(&value).unwrap();
        decode_all(&bytes);
        // Wrapped the ways responses come: bare, in `result`, in a list envelope.
        decode_all(&serde_json::to_vec(&serde_json::json!({"result": value.clone()})).unwrap());
        decode_all(&serde_json::to_vec(&serde_json::json!({"result": [value.clone()], "next_cursor": null})).unwrap());
    }

    #[test]
    fn the_query_encoder_never_panics(value in json_value()) {
        let _ = truto::query::to_query_string(&value);
        let mut out = String::new();
        let _ = truto::query::append_query_pair(&mut out, "k", &value);
    }
}

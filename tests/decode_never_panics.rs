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
        truto::ats::Candidate,
        truto::accounting::AccountingInvoice,
        truto::accounting::AccountingInvoiceType,
        truto::accounting::AccountingInvoiceStatus,
        truto::accounting::CreateAccountingInvoice,
        truto::accounting::UpdateAccountingInvoice,
        truto::accounting::AccountingContact,
        truto::accounting::AccountingContactType,
        truto::accounting::AccountingContactStatus,
        truto::accounting::CreateAccountingContact,
        truto::accounting::AccountingAccount,
        truto::accounting::AccountClassification,
        truto::accounting::AccountType,
        truto::accounting::AccountStatus,
        truto::accounting::CreateAccountingAccount,
        truto::accounting::AccountingPayment,
        truto::accounting::PaymentFor,
        truto::accounting::PaymentInvoiceRef,
        truto::accounting::CreateAccountingPayment,
        truto::accounting::UpdateAccountingPayment,
        truto::accounting::AccountingItem,
        truto::accounting::AccountingItemStatus,
        truto::accounting::CreateAccountingItem,
        truto::accounting::JournalEntry,
        truto::accounting::JournalEntryType,
        truto::accounting::JournalEntryPayment,
        truto::accounting::JournalLineInput,
        truto::accounting::CreateJournalEntry,
        truto::accounting::AccountingExpense,
        truto::accounting::ExpensePaymentType,
        truto::accounting::CreateAccountingExpense,
        truto::accounting::AccountingTaxRate,
        truto::accounting::TrackingCategory,
        truto::accounting::TrackingCategoryStatus,
        truto::accounting::TrackingCategoryType,
        truto::accounting::TrackingOption,
        truto::accounting::AccountingAttachment,
        truto::accounting::AttachmentEntity,
        truto::accounting::Budget,
        truto::accounting::BudgetStatus,
        truto::accounting::BudgetLineItem,
        truto::accounting::UpdateBudget,
        truto::accounting::CompanyInfo,
        truto::accounting::ContactGroup,
        truto::accounting::ContactGroupStatus,
        truto::accounting::CreateContactGroup,
        truto::accounting::UpdateContactGroup,
        truto::accounting::AccountingCreditNote,
        truto::accounting::CreditNoteStatus,
        truto::accounting::CreateAccountingCreditNote,
        truto::accounting::AccountingPurchaseOrder,
        truto::accounting::PurchaseOrderStatus,
        truto::accounting::CreateAccountingPurchaseOrder,
        truto::accounting::UpdateAccountingPurchaseOrder,
        truto::accounting::VendorCredit,
        truto::accounting::AccountingTransaction,
        truto::accounting::TransactionType,
        truto::accounting::CreateAccountingTransaction,
        truto::accounting::AccountingReport,
        truto::accounting::ReportName,
        truto::accounting::AccountingEmployee,
        truto::accounting::AccountingEmployeeStatus,
        truto::accounting::CreateAccountingEmployee,
        truto::accounting::AccountingCurrency,
        truto::accounting::CreateAccountingCurrency,
        truto::accounting::RepeatingTransaction,
        truto::accounting::RepeatingTransactionStatus,
        truto::accounting::DueDateType,
        truto::accounting::CreateRepeatingTransaction,
        truto::accounting::AccountingLineItem,
        truto::accounting::AccountingContactRef,
        truto::accounting::AccountingAddress,
        truto::Page<truto::accounting::AccountingInvoice>,
        truto::Page<truto::accounting::AccountingContact>,
        truto::Page<truto::accounting::AccountingAccount>,
        truto::Page<truto::accounting::AccountingPayment>,
        truto::Page<truto::accounting::AccountingItem>,
        truto::Page<truto::accounting::JournalEntry>,
        truto::Page<truto::accounting::AccountingExpense>,
        truto::Page<truto::accounting::AccountingTaxRate>,
        truto::Page<truto::accounting::TrackingCategory>,
        truto::Page<truto::accounting::AccountingAttachment>,
        truto::Page<truto::accounting::Budget>,
        truto::Page<truto::accounting::CompanyInfo>,
        truto::Page<truto::accounting::ContactGroup>,
        truto::Page<truto::accounting::AccountingCreditNote>,
        truto::Page<truto::accounting::AccountingPurchaseOrder>,
        truto::Page<truto::accounting::VendorCredit>,
        truto::Page<truto::accounting::AccountingTransaction>,
        truto::Page<truto::accounting::AccountingReport>,
        truto::Page<truto::accounting::AccountingEmployee>,
        truto::Page<truto::accounting::AccountingCurrency>,
        truto::Page<truto::accounting::RepeatingTransaction>,
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

//! Contacts: the methods of [`ESignatureContactsApi`](truto::e_signature::ESignatureContactsApi) (declared
//! without a reference page) over loopback HTTP against the mock's store, and the decode of
//! the seeded example record.

use serde_json::json;
use truto::e_signature::{ESignatureContact, ESignatureContactsApi, ListESignatureContactsQuery};
use truto::Compare;
use truto::{Email, PhoneNumber, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "e-signature/contacts";

#[tokio::test]
async fn contacts_list_pages_and_get_decodes_the_seeded_record() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let list = ListESignatureContactsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gte(at("2024-01-01T00:10:00Z")));
    let records = env
        .client
        .list_e_signature_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=2&created_at[gte]=2024-01-01T00%3A10%3A00Z");
    env.assert_pages(
        "/unified/e-signature/contacts",
        // v1:e-signature/contacts:f:2
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZS1zaWduYXR1cmUvY29udGFjdHM6Zjoy"),
        ],
    );
    let ids: Vec<String> = records.iter().filter_map(|r| r.id.clone()).collect();
    assert_eq!(
        ids,
        [
            "e-signature-contact-000001",
            "e-signature-contact-000002",
            "e-signature-contact-000003"
        ]
    );

    let record = env
        .client
        .get_e_signature_contact("e-signature-contact-000002", &query())
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/e-signature/contacts/e-signature-contact-000002",
        ACCOUNT_QUERY,
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/e-signature/contacts.json; the mock seeds
    // record 2 at 00:20.
    assert_eq!(record.created_at, Some(at("2024-01-01T00:20:00Z")));
    assert_eq!(record.first_name.as_deref(), Some("Bo"));
    assert_eq!(record.last_name.as_deref(), Some("Lindqvist"));
    assert_eq!(record.name.as_deref(), Some("Bo Lindqvist"));
    assert_eq!(record.title.as_deref(), Some("Landlord"));
    assert_eq!(
        record.account,
        Some(Reference::new("account-9", "Lindqvist Homes"))
    );
    assert_eq!(
        record.addresses.as_ref().unwrap()[0]["city"],
        json!("Uppsala")
    );
    let mut email = Email::new("bo@example.com");
    email.kind = Some("work".into());
    assert_eq!(record.email_addresses, Some(vec![email]));
    let mut phone = PhoneNumber::new("+46 18 12 34 56");
    phone.kind = Some("mobile".into());
    assert_eq!(record.phone_numbers, Some(vec![phone]));
    assert_eq!(record.tags, Some(vec![Reference::new("tag-1", "vip")]));
    assert_eq!(record.last_activity_at, Some(at("2024-02-10T08:00:00Z")));
    assert_not_found(
        env.client.get_e_signature_contact("nope", &query()).await,
        STORE,
        "nope",
    );
}

#[test]
fn contact_decodes_minimal_nulls_and_extra_fields_and_rejects_wrong_types() {
    let minimal: ESignatureContact = serde_json::from_value(json!({"id": "x"})).unwrap();
    assert_eq!(minimal.id.as_deref(), Some("x"));
    let odd: ESignatureContact =
        serde_json::from_value(json!({"email_addresses": null, "tags": [], "nickname": "b"}))
            .unwrap();
    assert_eq!(odd.tags, Some(vec![]));
    assert!(serde_json::from_value::<ESignatureContact>(
        json!({"email_addresses": [{"type": "work"}]})
    )
    .is_err());
    assert!(serde_json::from_value::<ESignatureContact>(json!({"created_at": 7})).is_err());
}

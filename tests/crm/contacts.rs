//! Contacts: every method of [`CrmContactsApi`](truto::crm::CrmContactsApi) over loopback
//! HTTP against the mock's `crm/contacts` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{
    CreateCrmContact, CrmAddress, CrmContact, CrmContactsApi, CrmEmailAddress, CrmPhoneNumber,
    CrmPhoneNumberType, CrmUrl, ListCrmContactsQuery, UpdateCrmContact,
};
use truto::{Compare, Deleted, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/contacts";
// Seeded and created ids drop the trailing `s` of the store name and turn `/` into `-`.
const PREFIX: &str = "crm-contact";

#[tokio::test]
async fn contacts_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateCrmContact::new()
        .first_name("Grace")
        .last_name("Hopper")
        .account_id("acc_7")
        .email_addresses(vec![CrmEmailAddress::new("grace@example.com")])
        .phone_numbers(vec![CrmPhoneNumber {
            kind: Some(CrmPhoneNumberType::Mobile),
            ..CrmPhoneNumber::new("+1 555 0100")
        }]);
    let created = env
        .client
        .create_crm_contact(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/contacts",
        ACCOUNT_QUERY,
        Some(json!({
            "first_name": "Grace",
            "last_name": "Hopper",
            "account": {"id": "acc_7"},
            "email_addresses": [{"email": "grace@example.com"}],
            "phone_numbers": [{"number": "+1 555 0100", "type": "mobile"}]
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.primary_email(), Some("grace@example.com"));
    assert_eq!(created.account, Some(Reference::with_id("acc_7")));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_crm_contact(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/contacts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateCrmContact::new().title("Rear Admiral").etag("e1");
    let updated = env
        .client
        .update_crm_contact(&id, &query(), &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/crm/contacts/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"title": "Rear Admiral", "etag": "e1"})),
    );
    assert_eq!(updated.title.as_deref(), Some("Rear Admiral"));
    // The update merges: what was not sent is kept.
    assert_eq!(updated.first_name.as_deref(), Some("Grace"));

    let deleted = env.client.delete_crm_contact(&id, &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        &format!("/unified/crm/contacts/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(id.clone()));
    assert_not_found(env.client.get_crm_contact(&id, &query()).await, STORE, &id);
}

/// The seeded record is the fixture `crm/contacts.json`; every field is checked against the
/// values written there.
#[tokio::test]
async fn seeded_contact_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let c = env.client.get_crm_contact(&id, &query()).await.unwrap();
    assert_eq!(c.id, id);
    assert_eq!(c.first_name.as_deref(), Some("Ada"));
    assert_eq!(c.last_name.as_deref(), Some("Lovelace"));
    assert_eq!(c.name.as_deref(), Some("Ada Lovelace"));
    assert_eq!(c.title.as_deref(), Some("Head of Analytics"));
    assert_eq!(
        c.account,
        Some(Reference::new("crm-account-000001", "Analytical Engines"))
    );
    let address = CrmAddress {
        id: Some("addr_1".into()),
        street_1: Some("12 St James's Square".into()),
        street_2: Some("Floor 2".into()),
        city: Some("London".into()),
        state: Some("Greater London".into()),
        postal_code: Some("SW1Y 4JH".into()),
        country: Some("GB".into()),
        kind: Some("work".into()),
    };
    assert_eq!(c.addresses, Some(vec![address]));
    let emails = vec![
        CrmEmailAddress {
            id: Some("em_1".into()),
            email: Some("ada@example.com".into()),
            kind: Some("work".into()),
        },
        CrmEmailAddress {
            id: Some("em_2".into()),
            email: Some("ada@home.example.org".into()),
            kind: Some("personal".into()),
        },
    ];
    assert_eq!(c.email_addresses, Some(emails));
    assert_eq!(c.primary_email(), Some("ada@example.com"));
    let phone = CrmPhoneNumber {
        id: Some("ph_1".into()),
        number: Some("+44 20 7946 0000".into()),
        extension: Some("12".into()),
        kind: Some(CrmPhoneNumberType::Work),
    };
    assert_eq!(c.phone_numbers, Some(vec![phone]));
    assert_eq!(c.tags, Some(vec![json!({"id": "tag_1", "name": "vip"})]));
    let custom = c.custom_fields.unwrap();
    assert_eq!(
        (custom["tier"].clone(), custom["seats"].clone()),
        (json!("gold"), json!(25))
    );
    assert_eq!(c.last_activity_at, Some(at("2024-02-01T09:30:00Z")));
    assert_eq!(
        c.owner,
        Some(Reference::new("crm-user-000001", "Grace Hopper"))
    );
    let url = CrmUrl {
        url: Some("https://example.com/ada".into()),
        kind: Some("website".into()),
    };
    assert_eq!(c.urls, Some(vec![url]));
    // Seeded record 1 is created at 00:10 on 2024-01-01; the mock sets etag and remote_data.
    assert_eq!(c.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert!(c.etag.is_some_and(|etag| !etag.is_empty()));
    assert_eq!(c.remote_data.unwrap()["id"], json!(1));
}

#[test]
fn contact_decodes_required_only_nulls_unknown_values_and_extras() {
    let only_id: CrmContact = serde_json::from_value(json!({"id": "c1"})).unwrap();
    assert_eq!(
        only_id,
        CrmContact {
            id: "c1".into(),
            ..CrmContact::default()
        }
    );
    let odd: CrmContact = serde_json::from_value(json!({
        "id": "c2", "first_name": null, "account": null, "email_addresses": [{"email": null}],
        "phone_numbers": [{"number": "1", "type": "pager"}], "last_activity_at": null,
        "brand_new_field": {"x": 1}
    }))
    .unwrap();
    assert_eq!(odd.first_name, None);
    assert_eq!(odd.account, None);
    assert_eq!(odd.primary_email(), None);
    let kind = odd.phone_numbers.unwrap()[0].kind.clone();
    assert_eq!(kind, Some(CrmPhoneNumberType::Other("pager".into())));
    // `id` is required, and a number where a string is documented is an error, not a panic.
    assert!(serde_json::from_value::<CrmContact>(json!({"name": "x"})).is_err());
    assert!(serde_json::from_value::<CrmContact>(json!({"id": "c", "title": 7})).is_err());
}

#[tokio::test]
async fn contacts_list_pages_with_a_created_at_filter() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListCrmContactsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)));
    let all = env
        .client
        .list_crm_contacts(&list)
        .collect_all()
        .await
        .unwrap();
    let first = after_third_query();
    env.assert_pages(
        "/unified/crm/contacts",
        // v1:crm/contacts:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2NvbnRhY3RzOmY6NQ"),
        ],
    );
    let ids: Vec<String> = all.iter().map(|c| c.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh(PREFIX));
    assert!(all
        .iter()
        .all(|c| c.name.as_deref() == Some("Ada Lovelace")));
}

/// The custom method: the listed contacts that exist are deleted, the others untouched; the
/// answer is the mock's JSON, returned as sent.
#[tokio::test]
async fn contacts_batch_delete_removes_the_listed_contacts() {
    let env = Env::start(MockServer::builder().seed(STORE, 3)).await;
    let (first, second, third) = (
        format!("{PREFIX}-000001"),
        format!("{PREFIX}-000002"),
        format!("{PREFIX}-000003"),
    );
    let body = truto::crm::BatchDeleteCrmContacts::new(vec![
        first.clone(),
        third.clone(),
        "missing".to_owned(),
    ]);
    let answer = env
        .client
        .batch_delete_crm_contacts(&query(), &body)
        .await
        .unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/contacts/batch-delete",
        ACCOUNT_QUERY,
        Some(json!({"id": [first, third, "missing"]})),
    );
    assert_eq!(answer, json!([{"id": first}, {"id": third}]));
    assert_not_found(
        env.client.get_crm_contact(&first, &query()).await,
        STORE,
        &first,
    );
    assert_not_found(
        env.client.get_crm_contact(&third, &query()).await,
        STORE,
        &third,
    );
    let kept = env.client.get_crm_contact(&second, &query()).await.unwrap();
    assert_eq!(kept.id, second);
}

//! Leads: every method of [`LeadsApi`](truto::crm::LeadsApi) over loopback HTTP against the
//! mock's `crm/leads` store, and the decode of the seeded example record.

use serde_json::json;
use truto::crm::{
    CreateLead, CrmAddress, CrmEmailAddress, CrmPhoneNumber, CrmPhoneNumberType, Lead, LeadsApi,
    ListLeadsQuery, UpdateLead,
};
use truto::{Deleted, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "crm/leads";
const PREFIX: &str = "crm-lead";

#[tokio::test]
async fn leads_create_get_update_delete() {
    let env = Env::empty().await;
    let body = CreateLead::new()
        .title("Webinar signup")
        .first_name("Mary")
        .last_name("Somerville")
        .owner(Reference::with_id("u_1"))
        .lead_source("Seminar");
    let created = env.client.create_lead(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/crm/leads",
        ACCOUNT_QUERY,
        Some(json!({
            "title": "Webinar signup",
            "owner": {"id": "u_1"},
            "first_name": "Mary",
            "last_name": "Somerville",
            "lead_source": "Seminar"
        })),
    );
    let id = format!("{PREFIX}-000001");
    assert_eq!(created.id, id);
    assert_eq!(created.lead_source.as_deref(), Some("Seminar"));
    assert_eq!(created, env.stored(STORE, &id));

    let fetched = env.client.get_lead(&id, &query()).await.unwrap();
    env.assert_sent(
        "GET",
        &format!("/unified/crm/leads/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(fetched, created);

    // Converting a lead: point it at the account and contact it became.
    let patch = UpdateLead::new()
        .converted_account(Reference::with_id("acc_5"))
        .converted_contact(Reference::with_id("c_5"));
    let updated = env.client.update_lead(&id, &query(), &patch).await.unwrap();
    env.assert_sent(
        "PATCH",
        &format!("/unified/crm/leads/{id}"),
        ACCOUNT_QUERY,
        Some(json!({"converted_account": {"id": "acc_5"}, "converted_contact": {"id": "c_5"}})),
    );
    assert_eq!(updated.converted_account, Some(Reference::with_id("acc_5")));
    assert_eq!(updated.converted_contact, Some(Reference::with_id("c_5")));
    assert_eq!(updated.title.as_deref(), Some("Webinar signup"));

    let deleted = env.client.delete_lead(&id, &query()).await.unwrap();
    env.assert_sent(
        "DELETE",
        &format!("/unified/crm/leads/{id}"),
        ACCOUNT_QUERY,
        None,
    );
    assert_eq!(deleted, Deleted::new(id.clone()));
    assert_not_found(env.client.get_lead(&id, &query()).await, STORE, &id);
}

/// Every field of the seeded record, checked against `fixtures/unified/crm/leads.json`.
#[tokio::test]
async fn seeded_lead_decodes_every_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let id = format!("{PREFIX}-000001");
    let l = env.client.get_lead(&id, &query()).await.unwrap();
    let expected = Lead {
        id: id.clone(),
        owner: Some(Reference::with_id("crm-user-000002")),
        lead_source: Some("Partner".into()),
        lead_type: Some("inbound".into()),
        status: Some("working".into()),
        title: Some("Pricing enquiry".into()),
        name: Some("Charles Babbage".into()),
        contact: Some(Reference::with_id("crm-contact-000003")),
        account: Some(Reference::with_id("crm-account-000002")),
        converted_account: Some(Reference::with_id("crm-account-000009")),
        converted_contact: Some(Reference::with_id("crm-contact-000009")),
        first_name: Some("Charles".into()),
        last_name: Some("Babbage".into()),
        addresses: Some(vec![CrmAddress {
            street_1: Some("5 Devonshire St".into()),
            city: Some("London".into()),
            country: Some("GB".into()),
            ..CrmAddress::default()
        }]),
        email_addresses: Some(vec![CrmEmailAddress {
            kind: Some("primary".into()),
            ..CrmEmailAddress::new("charles@example.com")
        }]),
        phone_numbers: Some(vec![CrmPhoneNumber {
            kind: Some(CrmPhoneNumberType::Mobile),
            ..CrmPhoneNumber::new("+44 20 7946 0123")
        }]),
        custom_fields: Some(serde_json::from_value(json!({"budget": "unknown"})).unwrap()),
        // Set by the mock: seeded record n is created at 00:00 + 10n minutes on 2024-01-01
        // and updated n hours later.
        created_at: Some(at("2024-01-01T00:10:00Z")),
        updated_at: Some(at("2024-01-01T01:10:00Z")),
        remote_data: None,
    };
    let remote_data = l.remote_data.clone().unwrap();
    assert_eq!(
        Lead {
            remote_data: None,
            ..l
        },
        expected
    );
    assert_eq!(remote_data["id"], json!(1));
}

#[test]
fn lead_decodes_required_only_nulls_and_extras() {
    let only_id: Lead = serde_json::from_value(json!({"id": "l1"})).unwrap();
    assert_eq!(
        only_id,
        Lead {
            id: "l1".into(),
            ..Lead::default()
        }
    );
    let odd: Lead = serde_json::from_value(json!({
        "id": "l2", "owner": null, "converted_account": null, "email_addresses": null,
        "lead_score": 88
    }))
    .unwrap();
    assert_eq!(
        odd,
        Lead {
            id: "l2".into(),
            ..Lead::default()
        }
    );
    assert!(serde_json::from_value::<Lead>(json!({"title": "no id"})).is_err());
    assert!(serde_json::from_value::<Lead>(json!({"id": "l", "owner": "u_1"})).is_err());
}

/// `owner[id]` filters on the mock: of three leads, the two owned by `u_1` come back, one a
/// page.
#[tokio::test]
async fn leads_list_pages_with_an_owner_filter() {
    let env = Env::empty().await;
    for owner in ["u_1", "u_2", "u_1"] {
        let body = CreateLead::new()
            .title(owner)
            .owner(Reference::with_id(owner));
        env.client.create_lead(&query(), &body).await.unwrap();
    }
    env.take();
    let list = ListLeadsQuery::new(ACCOUNT).limit(1).owner_id("u_1");
    let all = env.client.list_leads(&list).collect_all().await.unwrap();
    let first = format!("{ACCOUNT_QUERY}&limit=1&owner[id]=u_1");
    env.assert_pages(
        "/unified/crm/leads",
        // v1:crm/leads:f:1
        &[
            &first,
            &format!("{first}&next_cursor=djE6Y3JtL2xlYWRzOmY6MQ"),
        ],
    );
    let ids: Vec<&str> = all.iter().map(|l| l.id.as_str()).collect();
    assert_eq!(ids, ["crm-lead-000001", "crm-lead-000003"]);
}

//! Emails: every method of [`EmailsApi`](truto::emails::EmailsApi) over loopback HTTP
//! against the mock's store, and the decode of the seeded example record.

use serde_json::json;
use truto::emails::{
    CreateEmail, EmailAttachmentUpload, EmailContent, EmailMessage, EmailPriority, EmailsApi,
    ListEmailsQuery,
};
use truto::{Compare, Reference};
use truto_mock::MockServer;

use crate::support::*;

const STORE: &str = "emails/emails";

#[tokio::test]
async fn emails_list_pages_with_the_documented_filters() {
    let env = Env::start(MockServer::builder().seed(STORE, 7)).await;
    let list = ListEmailsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)))
        .sender("ana@example.com")
        .subject("Quarterly numbers")
        .recipient("bo@example.com")
        .has_attachments(true)
        .folder("inbox")
        .is_draft(false)
        .format("html");
    let emails = env.client.list_emails(&list).collect_all().await.unwrap();
    // `folder[id]` matches the seeded records (the mock filters nested ids); the scalar
    // filters are not ones the mock knows.
    let first = format!(
        "{ACCOUNT_QUERY}&limit=2&created_at[gt]={AFTER_THIRD_ENCODED}&from=ana%40example.com\
         &subject=Quarterly%20numbers&to[]=bo%40example.com&has_attachments=true\
         &folder[id]=inbox&is_draft=false&format=html"
    );
    env.assert_pages(
        "/unified/emails/emails",
        // v1:emails/emails:f:5
        &[
            &first,
            &format!("{first}&next_cursor=djE6ZW1haWxzL2VtYWlsczpmOjU"),
        ],
    );
    let ids: Vec<String> = emails.iter().filter_map(|e| e.id.clone()).collect();
    assert_eq!(ids, fourth_to_seventh("emails-email"));

    // `user[id]`: the seeded records have no `user`, so the mock keeps none of them.
    let mailbox = ListEmailsQuery::new(ACCOUNT).user("user-9");
    assert!(env
        .client
        .list_emails(&mailbox)
        .collect_all()
        .await
        .unwrap()
        .is_empty());
    env.assert_pages(
        "/unified/emails/emails",
        &[&format!("{ACCOUNT_QUERY}&user[id]=user-9")],
    );
}

#[tokio::test]
async fn emails_get_decodes_the_seeded_record_field_by_field() {
    let env = Env::start(MockServer::builder().seed(STORE, 1)).await;
    let email = env
        .client
        .get_email(
            "emails-email-000001",
            &query().param("user", json!({"id": "user-9"})),
        )
        .await
        .unwrap();
    env.assert_sent(
        "GET",
        "/unified/emails/emails/emails-email-000001",
        &format!("{ACCOUNT_QUERY}&user[id]=user-9"),
        None,
    );
    // Expected values read from truto-mock/fixtures/unified/emails/emails.json.
    assert_eq!(email.from.as_deref(), Some("ana@example.com"));
    assert_eq!(email.to, Some(vec!["bo@example.com".to_owned()]));
    assert_eq!(email.cc, Some(vec!["cy@example.com".to_owned()]));
    assert_eq!(email.bcc, Some(vec!["audit@example.com".to_owned()]));
    assert_eq!(email.subject.as_deref(), Some("Quarterly numbers"));
    let content = email.content.unwrap();
    assert_eq!(content.format.as_deref(), Some("html"));
    assert_eq!(content.body.as_deref(), Some("<p>See attached.</p>"));
    assert_eq!(email.headers.unwrap()["X-Campaign"], json!("q1"));
    assert_eq!(email.reply_to, Some(vec!["team@example.com".to_owned()]));
    assert_eq!(email.priority, Some(EmailPriority::High));
    assert_eq!(email.folder, Some(Reference::new("inbox", "Inbox")));
    assert_eq!(email.is_draft, Some(false));
    let attachment = &email.attachments.unwrap()[0];
    assert_eq!(attachment.id.as_deref(), Some("att-1"));
    assert_eq!(attachment.file_name.as_deref(), Some("q1.xlsx"));
    assert_eq!(attachment.email, Some(Reference::with_id("msg-1")));
    assert_eq!(attachment.size, Some(20480.0));
    assert_eq!(
        attachment.file_url.as_deref(),
        Some("https://mail.example.com/att-1")
    );
    assert_eq!(
        attachment.content_type.as_deref(),
        Some("application/vnd.ms-excel")
    );
    assert_eq!(attachment.uploaded_by.as_deref(), Some("ana@example.com"));
    assert_eq!(email.urls.unwrap()[0]["type"], json!("view"));
    assert_eq!(email.sent_at, Some(at("2024-04-02T09:15:00Z")));
    assert_eq!(email.created_at, Some(at("2024-01-01T00:10:00Z")));
    assert_not_found(env.client.get_email("nope", &query()).await, STORE, "nope");
}

#[tokio::test]
async fn emails_create_sends_the_body_once() {
    let env = Env::empty().await;
    let body = CreateEmail::new()
        .from("ana@example.com")
        .to(vec!["bo@example.com".to_owned()])
        .subject("Lunch?")
        .content(EmailContent::html("<b>Noon</b>"))
        .priority(EmailPriority::Low)
        .attachments(vec![EmailAttachmentUpload::new(
            "aGk=",
            "text/plain",
            "hi.txt",
        )]);
    let created = env.client.create_email(&query(), &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/emails/emails",
        ACCOUNT_QUERY,
        Some(json!({
            "from": "ana@example.com",
            "to": ["bo@example.com"],
            "subject": "Lunch?",
            "content": {"format": "html", "body": "<b>Noon</b>"},
            "priority": "low",
            "attachments": [{"content_bytes": "aGk=", "content_type": "text/plain", "file_name": "hi.txt"}],
        })),
    );
    assert_eq!(created.id.as_deref(), Some("emails-email-000001"));
    assert_eq!(created.subject.as_deref(), Some("Lunch?"));
    assert_eq!(created, env.stored(STORE, "emails-email-000001"));
}

#[test]
fn email_decodes_minimal_unknown_values_and_rejects_wrong_types() {
    let minimal: EmailMessage = serde_json::from_value(json!({"id": "m"})).unwrap();
    assert_eq!(
        minimal,
        EmailMessage {
            id: Some("m".into()),
            ..EmailMessage::default()
        }
    );
    let odd: EmailMessage = serde_json::from_value(json!({
        "priority": "urgent",
        "content": {"type": "text", "text": "hi"},
        "to": null,
        "thread_id": "t-1",
    }))
    .unwrap();
    assert_eq!(odd.priority, Some(EmailPriority::Other("urgent".into())));
    let content = odd.content.unwrap();
    assert_eq!(content.body, None);
    assert_eq!(content.other["text"], json!("hi"));
    assert!(serde_json::from_value::<EmailMessage>(json!({"to": "bo@example.com"})).is_err());
    assert!(
        serde_json::from_value::<EmailMessage>(json!({"attachments": [{"size": "big"}]})).is_err()
    );
}

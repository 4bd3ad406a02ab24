//! Comments: every method of [`CommentsApi`](truto::ticketing::CommentsApi) over loopback HTTP
//! against the mock's store.

use serde_json::json;
use truto::ticketing::{
    Comment, CommentAuthor, CommentPartyType, CommentQuery, CommentsApi, CreateComment, Deleted,
    ListCommentsQuery, Reference, SortBy, UpdateComment,
};
use truto::Compare;
use truto_mock::MockServer;

use crate::support::*;

#[tokio::test]
async fn comments_create_get_update_delete_with_the_ticket_in_the_query() {
    let env = Env::start(MockServer::builder().seed_tickets(3).seed("comments", 9)).await;
    let scope = CommentQuery::new(ACCOUNT).ticket("ticket-000002");
    let scope_query =
        "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&ticket[id]=ticket-000002";
    let body = CreateComment::new()
        .body("Have you tried turning it off and on again?")
        .html_body("<p>Have you tried turning it off and on again?</p>")
        .author(CommentAuthor::new("user-000001", CommentPartyType::User))
        .is_private(false);
    let created = env.client.create_comment(&scope, &body).await.unwrap();
    env.assert_sent(
        "POST",
        "/unified/ticketing/comments",
        scope_query,
        Some(json!({
            "body": "Have you tried turning it off and on again?",
            "html_body": "<p>Have you tried turning it off and on again?</p>",
            "author": {"id": "user-000001", "type": "user"},
            "is_private": false
        })),
    );
    assert_eq!(created.id, "comment-000010", "after the nine seeded ones");
    assert_eq!(created.body, body.body);
    assert_eq!(created.author, body.author);
    assert_eq!(created.is_private, Some(false));
    assert_eq!(created, env.stored("comments", "comment-000010"));

    let fetched = env.client.get_comment(&created.id, &scope).await.unwrap();
    env.assert_sent(
        "GET",
        "/unified/ticketing/comments/comment-000010",
        scope_query,
        None,
    );
    assert_eq!(fetched, created);

    let patch = UpdateComment::new()
        .body("Fixed by a restart.")
        .is_private(true);
    let updated = env
        .client
        .update_comment(&created.id, &scope, &patch)
        .await
        .unwrap();
    env.assert_sent(
        "PATCH",
        "/unified/ticketing/comments/comment-000010",
        scope_query,
        Some(json!({"body": "Fixed by a restart.", "is_private": true})),
    );
    assert_eq!(updated.body.as_deref(), Some("Fixed by a restart."));
    assert_eq!(updated.is_private, Some(true));
    assert_eq!(
        (&updated.html_body, &updated.author),
        (&created.html_body, &created.author)
    );

    let deleted = env
        .client
        .delete_comment(&created.id, &scope)
        .await
        .unwrap();
    env.assert_sent(
        "DELETE",
        "/unified/ticketing/comments/comment-000010",
        scope_query,
        None,
    );
    assert_eq!(deleted, Deleted::new("comment-000010"));
    assert_eq!(env.mock.record_count("comments"), 9);

    // A plain `UnifiedQuery` converts into a `CommentQuery` without a ticket.
    let result = env
        .client
        .get_comment("comment-000010", &query().into())
        .await;
    assert_not_found(result, "comments", "comment-000010");
    env.assert_sent(
        "GET",
        "/unified/ticketing/comments/comment-000010",
        ACCOUNT_QUERY,
        None,
    );
}

#[tokio::test]
async fn comments_list_filters_by_ticket() {
    let env = Env::start(MockServer::builder().seed_tickets(3).seed("comments", 9)).await;
    // Seeded comment n belongs to ticket (n - 1) % 3 + 1: ticket 2 has comments 2, 5, 8.
    let list = ListCommentsQuery::new(ACCOUNT)
        .limit(2)
        .ticket("ticket-000002");
    let comments = env.client.list_comments(&list).collect_all().await.unwrap();
    let first = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2&ticket[id]=ticket-000002";
    env.assert_pages(
        "/unified/ticketing/comments",
        &[first, &format!("{first}&next_cursor=djE6Y29tbWVudHM6Zjo1")], // v1:comments:f:5
    );
    let ids: Vec<&str> = comments.iter().map(|c| c.id.as_str()).collect();
    assert_eq!(ids, ["comment-000002", "comment-000005", "comment-000008"]);
    for comment in &comments {
        assert_eq!(comment.ticket, Some(Reference::with_id("ticket-000002")));
        assert_eq!(comment, &env.stored::<Comment>("comments", &comment.id));
    }
}

#[tokio::test]
async fn comments_list_sorts_and_filters_on_created_at() {
    let env = Env::start(MockServer::builder().seed_tickets(3).seed("comments", 9)).await;
    let list = ListCommentsQuery::new(ACCOUNT)
        .limit(2)
        .created_at(Compare::gt(at(AFTER_THIRD)))
        .is_private(false)
        .sort_by(SortBy::desc("created_at"));
    let comments = env.client.list_comments(&list).collect_all().await.unwrap();
    let first = "integrated_account_id=62f44730-dd91-461e-bd6a-aedd9e0ad79d&limit=2\
                 &created_at[gt]=2024-01-01T00%3A30%3A00Z&is_private=false&sort_by[created_at]=desc";
    env.assert_pages(
        "/unified/ticketing/comments",
        &[
            first,
            // v1:comments:o:2 and v1:comments:o:4: sorted lists page by offset
            &format!("{first}&next_cursor=djE6Y29tbWVudHM6bzoy"),
            &format!("{first}&next_cursor=djE6Y29tbWVudHM6bzo0"),
        ],
    );
    let ids: Vec<&str> = comments.iter().map(|c| c.id.as_str()).collect();
    // The mock cannot filter on is_private (ignored, as a provider might); the rest applies.
    assert_eq!(
        ids,
        [
            "comment-000009",
            "comment-000008",
            "comment-000007",
            "comment-000006",
            "comment-000005",
            "comment-000004"
        ]
    );
}

/// Truto takes the ticket of a new comment in the query (`ticket[id]`, which is why
/// `CreateComment` has no `ticket` field); the mock's create handler once built the record
/// from the body alone, so the ticket's comments did not list it.
#[tokio::test]
async fn a_comment_created_on_a_ticket_is_listed_under_it() {
    let env = Env::start(MockServer::builder().seed_tickets(1)).await;
    let scope = CommentQuery::new(ACCOUNT).ticket("ticket-000001");
    let created = env
        .client
        .create_comment(&scope, &CreateComment::new().body("Noted."))
        .await
        .unwrap();
    let record = env.mock.record("comments", &created.id).unwrap();
    assert_eq!(record["ticket"], json!({"id": "ticket-000001"}));
    let listed = env
        .client
        .list_comments(&ListCommentsQuery::new(ACCOUNT).ticket("ticket-000001"))
        .collect_all()
        .await
        .unwrap();
    assert_eq!(listed, [created]);
}

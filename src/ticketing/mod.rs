//! Typed models of Truto's unified ticketing API (`/unified/ticketing/...`).
//!
//! Truto maps the ticketing tools it integrates (help desks, issue trackers) onto one shape.
//! This module holds that shape as Rust types, so a caller works with fields instead of raw
//! JSON:
//!
//! - [`Ticket`]: the unified ticket, as returned by the `tickets` resource;
//! - [`ContactRef`], [`UserRef`], [`Email`], [`Phone`]: the people on a ticket;
//! - [`Reference`], [`Attachment`], [`Collection`], [`Conversation`], [`CreatedBy`],
//!   [`TicketStatusRef`]: the objects a ticket points to;
//! - [`TicketStatus`], [`CreatorType`]: the documented value lists, as open enums that keep
//!   values outside the list;
//! - [`ImportTicketBody`]: the request body of `POST /unified/ticketing/tickets/import`;
//! - [`TicketingApi`]: the endpoints themselves, declared with `#[truto_endpoint]`, on `Client`.
//!
//! The types follow the docs page of `POST /unified/ticketing/tickets/import`, whose Response
//! Body is the Ticket schema. Decoding is forgiving in the ways real data needs (unknown fields
//! ignored, unknown enum values kept, `null` accepted wherever a field is optional) and strict
//! about types: a number where a string is documented is a decoding error.

mod account;
mod api;
mod api_a;
mod api_b;
mod attachment;
mod collection;
mod comment;
mod contact;
mod deleted;
mod field;
mod import;
mod organization;
mod people;
mod refs;
mod status;
mod tag;
mod task;
mod task_list;
mod team;
mod ticket;
mod ticket_priority;
mod ticket_status;
mod ticket_type;
mod ticket_write;
mod user;
mod workspace;

pub use account::{Account, CreateAccount, ListAccountsQuery, UpdateAccount};
pub use api::TicketingApi;
pub use api_a::{AccountsApi, AttachmentsApi, CommentsApi, ContactsApi, TicketsApi, UsersApi};
pub use api_b::{
    CollectionsApi, FieldsApi, OrganizationsApi, TagsApi, TaskListsApi, TasksApi, TeamsApi,
    TicketPrioritiesApi, TicketStatusesApi, TicketTypesApi, WorkspacesApi,
};
pub use attachment::{AttachmentRecord, CreateAttachment, ListAttachmentsQuery, UpdateAttachment};
pub use collection::{
    CollectionEntityType, CollectionRecord, CollectionType, CollectionUrl, CreateCollection,
    ListCollectionsQuery, UpdateCollection,
};
pub use comment::{
    Comment, CommentAttachment, CommentAttachmentUpload, CommentAuthor, CommentChannel,
    CommentPartyType, CommentQuery, CommentReceiver, CreateComment, ListCommentsQuery,
    UpdateComment,
};
pub use contact::{Contact, ContactPhone, CreateContact, ListContactsQuery, UpdateContact};
pub use deleted::Deleted;
pub use field::{
    CreateField, Field, FieldApplicableIn, FieldEntityType, FieldOption, FieldStatus, FieldType,
    ListFieldsQuery, UpdateField,
};
pub use import::ImportTicketBody;
pub use organization::Organization;
pub use people::{ContactRef, Email, Phone, UserRef};
pub use refs::{Attachment, Collection, Conversation, CreatedBy, Reference};
pub use status::{CreatorType, TicketStatus, TicketStatusRef};
pub use tag::{CreateTag, ListTagsQuery, Tag, TagStatus, UpdateTag};
pub use task::{CreateTask, ListTasksQuery, Task, UpdateTask};
pub use task_list::{CreateTaskList, ListTaskListsQuery, TaskList};
pub use team::{CreateTeam, ListTeamsQuery, Team, UpdateTeam};
pub use ticket::Ticket;
pub use ticket_priority::{ListTicketPrioritiesQuery, TicketPriority};
pub use ticket_status::{ListTicketStatusesQuery, TicketStatusRecord};
pub use ticket_type::{ListTicketTypesQuery, TicketType};
pub use ticket_write::{
    CreateTicket, IdFilter, ListTicketsQuery, SortBy, SortDirection, UpdateTicket,
};
pub use user::{CreateUser, ListUsersQuery, UpdateUser, User};
pub use workspace::{
    CreateWorkspace, ListWorkspacesQuery, UpdateWorkspace, Workspace, WorkspaceStatus,
    WorkspaceType,
};

#[cfg(test)]
mod tests;
#[cfg(test)]
mod tests_a;
#[cfg(test)]
mod tests_b;

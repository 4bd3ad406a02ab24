//! The streams: [`PageStream`] (page by page, one page fetched ahead) and [`Paginator`]
//! (item by item on top of it).

use std::collections::hash_map::RandomState;
use std::collections::HashSet;
use std::future::Future;
use std::hash::BuildHasher;
use std::marker::PhantomData;
use std::pin::Pin;
use std::sync::Arc;
use std::task::{ready, Context, Poll};

use bytes::Bytes;
use futures_core::Stream;
use serde::de::DeserializeOwned;

use super::cursor_peek::peek_next_cursor;
use super::page::Page;
use super::CURSOR_PARAM;
use crate::client::Client;
use crate::error::Error;
use crate::request::RequestBuilder;
use crate::response::{CallContext, ResponseBody};
use tracing::Span;

/// How many empty pages in a row (each with a next cursor) a list may send before the stream
/// gives up with [`Error::Pagination`]; see [`Paginator::max_empty_pages`].
pub const DEFAULT_MAX_EMPTY_PAGES: usize = 50;

/// A page's body as it arrived, not yet decoded.
type RawPage = (CallContext, Bytes);
type RawFuture = Pin<Box<dyn Future<Output = Result<RawPage, Error>> + Send>>;

/// What every page request shares: the client and the request of the first page.
struct Fetcher {
    client: Client,
    request: RequestBuilder,
}

impl Fetcher {
    /// The request for page `page` at `cursor` (the first page when `None`): sent, body
    /// read, its call span a child of `span` (the paginator's).
    fn fetch(&self, cursor: Option<&str>, span: &Span, page: u64) -> RawFuture {
        let mut request = self.request.duplicate();
        if let Some(cursor) = cursor {
            request.replace_query_param(CURSOR_PARAM, cursor);
        }
        let sent = span.in_scope(|| crate::send::send_page(&self.client, request, Some(page)));
        Box::pin(async move {
            let response = sent.await?;
            match response.body {
                ResponseBody::Full(body) => Ok((response.context, body)),
                // A list request never asks for a streamed answer.
                ResponseBody::Streaming(_) => Err(Error::Pagination {
                    endpoint: response.context.endpoint(),
                    reason: "a list page was streamed instead of read",
                }),
            }
        })
    }

    fn endpoint(&self) -> String {
        self.request.endpoint()
    }
}

/// A page request under way: in a task of its own when there is a runtime to spawn it on
/// (so it progresses while the caller is busy), otherwise polled in place.
enum InFlight {
    Spawned(AbortOnDrop<Result<RawPage, Error>>),
    Inline(RawFuture),
}

/// A spawned task that is cancelled when its handle is dropped (e.g. the stream is dropped
/// before the prefetched page is used).
struct AbortOnDrop<R>(tokio::task::JoinHandle<R>);

impl<R> Drop for AbortOnDrop<R> {
    fn drop(&mut self) {
        self.0.abort();
    }
}

enum State {
    /// Ready to request the page at this cursor.
    Idle(Option<String>),
    /// A page is on its way; it was requested with this cursor.
    Fetching(InFlight, Option<String>),
    /// Next poll reports this error, then the stream ends.
    Failed(Error),
    Done,
}

/// The pages of a list, in order, following `next_cursor` until it is null.
///
/// With look-ahead on (the default), as soon as a page's body arrives the next page is
/// requested in a background task — before this page is even decoded — so the server's time
/// overlaps the client's decoding and the caller's work instead of adding up. At most one
/// page is held ahead. Dropping the stream cancels that request.
///
/// Every stream ends: a cursor the server already handed out (a cycle, not only the cursor
/// just used) is an [`Error::Pagination`], as are more than
/// [`max_empty_pages`](Paginator::max_empty_pages) empty pages in a row, and
/// [`max_pages`](Paginator::max_pages) stops it after that many pages.
pub struct PageStream<T> {
    fetcher: Option<Arc<Fetcher>>,
    state: State,
    look_ahead: bool,
    /// The cursor the most recently returned page was requested with.
    returned_cursor: Option<String>,
    /// Hashes of the cursors of the pages returned so far, to see a cycle.
    seen_cursors: HashSet<u64>,
    cursor_hasher: RandomState,
    empty_in_a_row: usize,
    max_empty_pages: usize,
    pages_returned: usize,
    max_pages: Option<usize>,
    bytes_read: usize,
    /// The paginator's span, parent of the pages' call spans; closed when the stream ends.
    span: Span,
    _items: PhantomData<fn() -> T>,
}

impl<T: DeserializeOwned + Send + 'static> PageStream<T> {
    /// The cursor the most recently returned page was requested with (`None` for the first
    /// page): resuming from it fetches that page again.
    pub fn current_cursor(&self) -> Option<&str> {
        self.returned_cursor.as_deref()
    }

    /// The bytes of page bodies read so far.
    pub fn bytes_read(&self) -> usize {
        self.bytes_read
    }

    /// Requests page `page` (1 for the first this stream fetches) at `cursor`.
    fn start(&self, fetcher: &Fetcher, cursor: Option<String>, ahead: bool, page: u64) -> State {
        let future = fetcher.fetch(cursor.as_deref(), &self.span, page);
        let in_flight = match tokio::runtime::Handle::try_current() {
            Ok(runtime) if ahead => InFlight::Spawned(AbortOnDrop(runtime.spawn(future))),
            _ => InFlight::Inline(future),
        };
        State::Fetching(in_flight, cursor)
    }

    /// What follows a page requested with `used` whose next cursor is `next`.
    fn after(&self, fetcher: &Arc<Fetcher>, used: Option<&str>, next: Option<String>) -> State {
        let last_allowed = self
            .max_pages
            .is_some_and(|max| self.pages_returned + 1 >= max);
        match next {
            None => State::Done,
            Some(_) if last_allowed => State::Done,
            // A server that hands back a cursor it gave before would loop forever.
            Some(next)
                if used == Some(next.as_str())
                    || self.seen_cursors.contains(&self.cursor_hash(&next)) =>
            {
                State::Failed(Error::Pagination {
                    endpoint: fetcher.endpoint(),
                    reason: "the server returned a next_cursor it had returned before (a cycle)",
                })
            }
            // The page after the one just received, which is not booked yet.
            Some(next) if self.look_ahead => {
                self.start(fetcher, Some(next), true, self.pages_returned as u64 + 2)
            }
            Some(next) => State::Idle(Some(next)),
        }
    }

    fn cursor_hash(&self, cursor: &str) -> u64 {
        self.cursor_hasher.hash_one(cursor)
    }

    /// Books a page just decoded: its cursor joins the seen ones, and a run of empty pages
    /// longer than allowed ends the stream (the prefetch under way, if any, is dropped).
    fn book(&mut self, fetcher: &Arc<Fetcher>, used: Option<&str>, page_is_empty: bool) {
        if let Some(used) = used {
            let hash = self.cursor_hash(used);
            self.seen_cursors.insert(hash);
        }
        self.pages_returned += 1;
        self.span.record("truto.pages", self.pages_returned as u64);
        if !page_is_empty || matches!(self.state, State::Done) {
            self.empty_in_a_row = 0;
            return;
        }
        self.empty_in_a_row += 1;
        if self.empty_in_a_row > self.max_empty_pages {
            self.state = State::Failed(Error::Pagination {
                endpoint: fetcher.endpoint(),
                reason: "too many empty pages in a row (see Paginator::max_empty_pages)",
            });
        }
    }

    /// Ends the stream with `error` (on the paginator's span too, which closes).
    fn fail(&mut self, error: Error) -> Poll<Option<Result<Page<T>, Error>>> {
        self.state = State::Done;
        crate::trace::record_error(&self.span, &error);
        self.span = Span::none();
        Poll::Ready(Some(Err(error)))
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for PageStream<T> {
    type Item = Result<Page<T>, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        loop {
            let Some(fetcher) = this.fetcher.clone() else {
                return Poll::Ready(None);
            };
            match &mut this.state {
                State::Done => {
                    this.span = Span::none();
                    return Poll::Ready(None);
                }
                State::Failed(_) => {
                    let State::Failed(error) = std::mem::replace(&mut this.state, State::Done)
                    else {
                        unreachable!("matched Failed just above")
                    };
                    return this.fail(error);
                }
                State::Idle(cursor) => {
                    let cursor = cursor.take();
                    // The first page has nothing to overlap with: fetch it in place.
                    let page = this.pages_returned as u64 + 1;
                    this.state = this.start(&fetcher, cursor, false, page);
                }
                State::Fetching(in_flight, cursor) => {
                    let outcome = match in_flight {
                        InFlight::Inline(future) => ready!(future.as_mut().poll(cx)),
                        InFlight::Spawned(task) => match ready!(Pin::new(&mut task.0).poll(cx)) {
                            Ok(outcome) => outcome,
                            Err(join) if join.is_panic() => {
                                std::panic::resume_unwind(join.into_panic())
                            }
                            Err(_) => Err(Error::Pagination {
                                endpoint: fetcher.endpoint(),
                                reason: "the page request was cancelled (runtime shutting down?)",
                            }),
                        },
                    };
                    let used = cursor.take();
                    let (context, body) = match outcome {
                        Ok(raw) => raw,
                        Err(error) => return this.fail(error),
                    };
                    this.bytes_read = this.bytes_read.saturating_add(body.len());
                    // Ask for the next page first, then decode this one while it travels.
                    let peeked = this.look_ahead.then(|| peek_next_cursor(&body)).flatten();
                    if peeked.is_some() {
                        this.state = this.after(&fetcher, used.as_deref(), peeked.clone());
                    }
                    let page = match crate::decode::decode_exact::<Page<T>>(context, &body) {
                        Ok(page) => page,
                        Err(error) => return this.fail(error),
                    };
                    if peeked.is_none() || peeked != page.next_cursor {
                        this.state =
                            this.after(&fetcher, used.as_deref(), page.next_cursor.clone());
                    }
                    this.book(&fetcher, used.as_deref(), page.items.is_empty());
                    this.returned_cursor = used;
                    return Poll::Ready(Some(Ok(page)));
                }
            }
        }
    }
}

/// The items of a list across all its pages: a `Stream<Item = truto::Result<T>>`.
///
/// Returned by declared list endpoints; nothing is sent until it is polled. Each page is an
/// ordinary call of the client (its timeout, headers, retries and account scope apply to
/// every page). Empty pages with a cursor are skipped over, not taken as the end. Memory
/// stays at about two pages however many items pass through.
///
/// Use it as a stream (`futures_util::TryStreamExt::try_next`, `try_collect`), or:
/// [`pages`](Paginator::pages), [`first_page`](Paginator::first_page),
/// [`first`](Paginator::first), [`collect_all`](Paginator::collect_all),
/// [`max_items`](Paginator::max_items), [`max_pages`](Paginator::max_pages),
/// [`max_empty_pages`](Paginator::max_empty_pages),
/// [`max_collect_bytes`](Paginator::max_collect_bytes),
/// [`resume_from`](Paginator::resume_from), [`page_size`](Paginator::page_size),
/// [`look_ahead`](Paginator::look_ahead).
///
/// Every stream ends: after an error, after the last page, after `max_items` or
/// `max_pages`, and on a server that sends a cursor it sent before or only empty pages.
pub struct Paginator<T> {
    fetcher: Option<Arc<Fetcher>>,
    problem: Option<Error>,
    start_cursor: Option<String>,
    settings: Settings,
    running: Option<Running<T>>,
    _items: PhantomData<fn() -> T>,
}

/// What a paginator's stream is asked to stop at, and whether it looks ahead.
#[derive(Debug, Clone, Copy)]
struct Settings {
    max_items: Option<usize>,
    max_pages: Option<usize>,
    max_empty_pages: usize,
    max_collect_bytes: Option<usize>,
    look_ahead: bool,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            max_items: None,
            max_pages: None,
            max_empty_pages: DEFAULT_MAX_EMPTY_PAGES,
            max_collect_bytes: None,
            look_ahead: true,
        }
    }
}

struct Running<T> {
    pages: PageStream<T>,
    current: std::vec::IntoIter<T>,
    remaining: Option<usize>,
}

// Nothing is ever pinned in place: page futures are boxed and items are moved out.
impl<T> Unpin for Paginator<T> {}
impl<T> Unpin for PageStream<T> {}

impl<T: DeserializeOwned + Send + 'static> Paginator<T> {
    /// The paginator of the list `request` asks for (what declared list endpoints call).
    pub fn new(client: &Client, mut request: RequestBuilder) -> Self {
        let problem = request.take_problem().map(|source| Error::InvalidRequest {
            endpoint: request.endpoint(),
            source,
        });
        Paginator {
            fetcher: Some(Arc::new(Fetcher {
                client: client.clone(),
                request,
            })),
            problem,
            start_cursor: None,
            settings: Settings::default(),
            running: None,
            _items: PhantomData,
        }
    }

    /// A paginator that yields nothing (what an invalid declaration falls back to).
    pub fn empty() -> Self {
        Paginator {
            fetcher: None,
            problem: None,
            start_cursor: None,
            settings: Settings::default(),
            running: None,
            _items: PhantomData,
        }
    }

    /// Starts at the page of `cursor` (a `next_cursor` saved earlier) instead of the first.
    #[must_use]
    pub fn resume_from(mut self, cursor: impl Into<String>) -> Self {
        self.start_cursor = Some(cursor.into());
        self
    }

    /// Stops after `n` items (pages beyond are not requested).
    #[must_use]
    pub fn max_items(mut self, n: usize) -> Self {
        self.settings.max_items = Some(n);
        self
    }

    /// Stops after `n` pages (the stream ends cleanly; the last page's `next_cursor`, or
    /// [`checkpoint`](Paginator::checkpoint), says where to resume).
    #[must_use]
    pub fn max_pages(mut self, n: usize) -> Self {
        self.settings.max_pages = Some(n);
        self
    }

    /// How many empty pages in a row (each with a next cursor) are skipped over before the
    /// stream gives up with [`Error::Pagination`]; default [`DEFAULT_MAX_EMPTY_PAGES`]. Some
    /// providers do send empty pages mid-list, so a few are normal; an endless run is a
    /// server that will never finish.
    #[must_use]
    pub fn max_empty_pages(mut self, n: usize) -> Self {
        self.settings.max_empty_pages = n;
        self
    }

    /// The most page-body bytes [`collect_all`](Paginator::collect_all) reads before it
    /// fails with [`Error::BodyTooLarge`]; default the client's decoded-body cap
    /// ([`ClientBuilder::max_body_bytes`](crate::ClientBuilder::max_body_bytes), 64 MiB),
    /// since collecting makes the whole list one value in memory. Streaming the items has no
    /// such cap: memory stays at about two pages.
    #[must_use]
    pub fn max_collect_bytes(mut self, limit: usize) -> Self {
        self.settings.max_collect_bytes = Some(limit);
        self
    }

    /// Sets `limit`, the number of items per page, replacing one the query set.
    #[must_use]
    pub fn page_size(mut self, limit: u32) -> Self {
        if let Some(fetcher) = self.fetcher.as_mut().and_then(Arc::get_mut) {
            fetcher
                .request
                .replace_query_param("limit", &limit.to_string());
        }
        self
    }

    /// Whether to request the next page while the current one is consumed (default on).
    #[must_use]
    pub fn look_ahead(mut self, on: bool) -> Self {
        self.settings.look_ahead = on;
        self
    }

    /// Page by page instead of item by item.
    pub fn pages(mut self) -> PageStream<T> {
        self.page_stream()
    }

    /// The page stream this paginator's settings describe; takes the pending problem.
    fn page_stream(&mut self) -> PageStream<T> {
        let state = match self.problem.take() {
            Some(problem) => State::Failed(problem),
            None => State::Idle(self.start_cursor.clone()),
        };
        PageStream {
            fetcher: self.fetcher.clone(),
            state,
            look_ahead: self.settings.look_ahead,
            returned_cursor: None,
            seen_cursors: HashSet::new(),
            cursor_hasher: RandomState::new(),
            empty_in_a_row: 0,
            max_empty_pages: self.settings.max_empty_pages,
            pages_returned: 0,
            max_pages: self.settings.max_pages,
            bytes_read: 0,
            span: match &self.fetcher {
                Some(f) => crate::trace::paginate_span(f.request.method, f.request.template),
                None => Span::none(),
            },
            _items: PhantomData,
        }
    }

    /// Only the first page (or the page at the resume cursor).
    pub async fn first_page(self) -> Result<Page<T>, Error> {
        let mut pages = self.look_ahead(false).max_pages(1).pages();
        match std::future::poll_fn(|cx| Pin::new(&mut pages).poll_next(cx)).await {
            Some(page) => page,
            None => Ok(Page {
                items: Vec::new(),
                keys: None,
                next_cursor: None,
                prev_cursor: None,
                result_count: None,
                is_partial_response: None,
            }),
        }
    }

    /// The first item, if the list has any (skipping empty pages).
    pub async fn first(self) -> Result<Option<T>, Error> {
        let mut items = self.max_items(1).look_ahead(false);
        std::future::poll_fn(|cx| Pin::new(&mut items).poll_next(cx))
            .await
            .transpose()
    }

    /// Every item of every page (up to [`max_items`](Paginator::max_items)), within
    /// [`max_collect_bytes`](Paginator::max_collect_bytes) of page bodies.
    pub async fn collect_all(mut self) -> Result<Vec<T>, Error> {
        let limit = match (&self.fetcher, self.settings.max_collect_bytes) {
            (_, Some(limit)) => limit,
            (Some(fetcher), None) => fetcher.client.shared.max_body_bytes,
            (None, None) => usize::MAX,
        };
        let mut all = Vec::new();
        while let Some(item) = std::future::poll_fn(|cx| Pin::new(&mut self).poll_next(cx)).await {
            all.push(item?);
            let read = self.running.as_ref().map_or(0, |r| r.pages.bytes_read);
            if read > limit {
                let endpoint = self
                    .fetcher
                    .as_ref()
                    .map(|f| f.endpoint())
                    .unwrap_or_default();
                return Err(Error::BodyTooLarge { endpoint, limit });
            }
        }
        Ok(all)
    }

    /// The cursor of the page the next item comes from (`None` while on the first page):
    /// [`resume_from`](Paginator::resume_from) it to continue after a crash. Items of that
    /// page already seen are delivered again: at-least-once, never lost.
    pub fn checkpoint(&self) -> Option<&str> {
        self.running
            .as_ref()
            .and_then(|running| running.pages.current_cursor())
            .or(self.start_cursor.as_deref())
    }
}

impl<T: DeserializeOwned + Send + 'static> Stream for Paginator<T> {
    type Item = Result<T, Error>;

    fn poll_next(mut self: Pin<&mut Self>, cx: &mut Context<'_>) -> Poll<Option<Self::Item>> {
        let this = &mut *self;
        if this.running.is_none() {
            this.running = Some(Running {
                pages: this.page_stream(),
                current: Vec::new().into_iter(),
                remaining: this.settings.max_items,
            });
        }
        let Some(running) = this.running.as_mut() else {
            return Poll::Ready(None);
        };
        loop {
            if running.remaining == Some(0) {
                // Done: drop the pages so a prefetch under way is cancelled.
                running.pages.fetcher = None;
                running.pages.state = State::Done;
                running.pages.span = Span::none();
                return Poll::Ready(None);
            }
            if let Some(item) = running.current.next() {
                if running.current.len() == 0 {
                    // Free the spent page's buffer now, not after the next page is decoded.
                    running.current = Vec::new().into_iter();
                }
                if let Some(remaining) = running.remaining.as_mut() {
                    *remaining -= 1;
                }
                return Poll::Ready(Some(Ok(item)));
            }
            match ready!(Pin::new(&mut running.pages).poll_next(cx)) {
                None => return Poll::Ready(None),
                Some(Err(error)) => return Poll::Ready(Some(Err(error))),
                Some(Ok(page)) => running.current = page.items.into_iter(),
            }
        }
    }
}

impl<T> std::fmt::Debug for Paginator<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Paginator")
            .field("endpoint", &self.fetcher.as_ref().map(|f| f.endpoint()))
            // Cursors are query values: whether there is one, never what it is.
            .field("resumes", &self.start_cursor.is_some())
            .field("settings", &self.settings)
            .finish_non_exhaustive()
    }
}

impl<T> std::fmt::Debug for PageStream<T> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("PageStream")
            .field("look_ahead", &self.look_ahead)
            .field("pages_returned", &self.pages_returned)
            .finish_non_exhaustive()
    }
}

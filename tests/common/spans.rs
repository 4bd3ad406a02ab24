//! A `tracing` layer that keeps every span (name, target, level, fields, parent, whether it
//! closed) and every event (target, level, fields, the span it happened in), so tests can
//! look at the span tree a call leaves behind.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::sync::{Arc, Mutex};

use tracing::field::{Field, Visit};
use tracing::span::{Attributes, Id, Record};
use tracing::{Event, Subscriber};
use tracing_subscriber::layer::{Context, Layer, SubscriberExt};
use tracing_subscriber::registry::LookupSpan;

/// One span as a subscriber saw it.
#[derive(Debug, Clone)]
pub struct SpanRecord {
    /// Order of creation (0 = first); registry ids are reused, these are not.
    pub seq: usize,
    pub name: &'static str,
    pub target: String,
    pub level: tracing::Level,
    pub parent: Option<usize>,
    pub fields: BTreeMap<String, String>,
    pub closed: bool,
}

/// One event as a subscriber saw it.
#[derive(Debug, Clone)]
pub struct EventRecord {
    pub target: String,
    pub level: tracing::Level,
    /// The `seq` of the span it was emitted in.
    pub span: Option<usize>,
    pub fields: BTreeMap<String, String>,
}

#[derive(Default)]
struct Store {
    spans: Vec<SpanRecord>,
    events: Vec<EventRecord>,
}

/// Everything captured while the returned guard lives on this thread.
pub struct CapturedSpans {
    store: Arc<Mutex<Store>>,
    _guard: tracing::subscriber::DefaultGuard,
}

/// The `seq` of a span, kept in its registry extensions.
struct Seq(usize);

struct Capture(Arc<Mutex<Store>>);

impl CapturedSpans {
    /// Starts capturing every span and event, at every level, on this thread.
    pub fn start() -> Self {
        let store = Arc::new(Mutex::new(Store::default()));
        let subscriber = tracing_subscriber::registry().with(Capture(Arc::clone(&store)));
        CapturedSpans {
            store,
            _guard: tracing::subscriber::set_default(subscriber),
        }
    }

    pub fn spans(&self) -> Vec<SpanRecord> {
        self.store.lock().unwrap().spans.clone()
    }

    pub fn events(&self) -> Vec<EventRecord> {
        self.store.lock().unwrap().events.clone()
    }

    /// Spans named `name`, in order of creation.
    pub fn named(&self, name: &str) -> Vec<SpanRecord> {
        self.spans()
            .into_iter()
            .filter(|s| s.name == name)
            .collect()
    }

    /// The spans' and events' fields as one text, to search for what must not be there.
    pub fn all_text(&self) -> String {
        format!("{:?} {:?}", self.spans(), self.events())
    }

    /// The tree of spans (children indented under their parent) with the SDK's events
    /// (targets `truto::*`) inside each; other crates' events (hyper's) are left out.
    pub fn tree(&self) -> String {
        let store = self.store.lock().unwrap();
        let mut out = String::new();
        for root in store.spans.iter().filter(|s| s.parent.is_none()) {
            render(&store, root, 0, &mut out);
        }
        out
    }
}

fn render(store: &Store, span: &SpanRecord, depth: usize, out: &mut String) {
    let indent = "  ".repeat(depth);
    let _ = writeln!(
        out,
        "{indent}{} {} [{}]{}",
        span.level,
        span.name,
        span.target,
        if span.closed { "" } else { " (open)" }
    );
    for (name, value) in &span.fields {
        let _ = writeln!(out, "{indent}    {name} = {value}");
    }
    let inside = |e: &&EventRecord| e.span == Some(span.seq) && e.target.starts_with("truto");
    for event in store.events.iter().filter(inside) {
        let message = event.fields.get("message").cloned().unwrap_or_default();
        let _ = writeln!(
            out,
            "{indent}  - event {} {}: {message}",
            event.level, event.target
        );
        for (name, value) in event.fields.iter().filter(|(n, _)| *n != "message") {
            let _ = writeln!(out, "{indent}      {name} = {value}");
        }
    }
    for child in store.spans.iter().filter(|s| s.parent == Some(span.seq)) {
        render(store, child, depth + 1, out);
    }
}

struct Fields<'a>(&'a mut BTreeMap<String, String>);

impl Visit for Fields<'_> {
    fn record_str(&mut self, field: &Field, value: &str) {
        self.0.insert(field.name().to_owned(), value.to_owned());
    }
    fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
        self.0.insert(field.name().to_owned(), format!("{value:?}"));
    }
}

impl<S> Layer<S> for Capture
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    fn on_new_span(&self, attrs: &Attributes<'_>, id: &Id, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        attrs.record(&mut Fields(&mut fields));
        let span = ctx.span(id).expect("a new span is registered");
        let parent = span
            .parent()
            .and_then(|parent| parent.extensions().get::<Seq>().map(|seq| seq.0));
        let mut store = self.0.lock().unwrap();
        let seq = store.spans.len();
        span.extensions_mut().insert(Seq(seq));
        store.spans.push(SpanRecord {
            seq,
            name: attrs.metadata().name(),
            target: attrs.metadata().target().to_owned(),
            level: *attrs.metadata().level(),
            parent,
            fields,
            closed: false,
        });
    }

    fn on_record(&self, id: &Id, values: &Record<'_>, ctx: Context<'_, S>) {
        let Some(seq) = seq_of(&ctx, id) else { return };
        let mut store = self.0.lock().unwrap();
        values.record(&mut Fields(&mut store.spans[seq].fields));
    }

    fn on_event(&self, event: &Event<'_>, ctx: Context<'_, S>) {
        let mut fields = BTreeMap::new();
        event.record(&mut Fields(&mut fields));
        let span = ctx
            .event_span(event)
            .and_then(|span| span.extensions().get::<Seq>().map(|seq| seq.0));
        self.0.lock().unwrap().events.push(EventRecord {
            target: event.metadata().target().to_owned(),
            level: *event.metadata().level(),
            span,
            fields,
        });
    }

    fn on_close(&self, id: Id, ctx: Context<'_, S>) {
        let Some(seq) = seq_of(&ctx, &id) else { return };
        self.0.lock().unwrap().spans[seq].closed = true;
    }
}

fn seq_of<S>(ctx: &Context<'_, S>, id: &Id) -> Option<usize>
where
    S: Subscriber + for<'a> LookupSpan<'a>,
{
    let span = ctx.span(id)?;
    let seq = span.extensions().get::<Seq>().map(|seq| seq.0);
    seq
}

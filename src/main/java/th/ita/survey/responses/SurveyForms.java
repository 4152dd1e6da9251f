package th.ita.survey.responses;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import org.jspecify.annotations.Nullable;
import th.ita.agency.AgencySummary;
import th.ita.assessment.Activity;
import th.ita.assessment.RoundSummary;
import th.ita.assessment.Rounds;
import th.ita.framework.FrameworkCatalog;
import th.ita.framework.FrameworkDefinition;
import th.ita.framework.FrameworkRef;
import th.ita.framework.Instrument;
import th.ita.shared.ConflictException;
import th.ita.shared.FieldException;
import th.ita.shared.NotFoundException;
import th.ita.shared.ThaiDates;
import th.ita.survey.SurveyInstrument;
import th.ita.survey.codes.AccessCodeFormat;
import th.ita.survey.codes.AccessCodeService;
import th.ita.survey.settings.SurveySettings;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Service;

/**
 * The respondent side of a survey: the questionnaire (with a one-time form token) and
 * storing a response. The form token, the access code and the response row are used and
 * written in one transaction by the {@link ResponseWriter} (group commit: one transaction
 * per batch of submissions), and the call returns only after it committed; a submission
 * whose token or code fails leaves nothing behind. Nothing here logs a code, a token, an
 * answer or a receipt.
 */
@Service
public class SurveyForms {

	/** Field name of the form token in errors. */
	public static final String FORM_TOKEN_FIELD = "formToken";

	/** Field name of the respondent group in errors. */
	public static final String GROUP_FIELD = "respondentGroup";

	static final int RECEIPT_LENGTH = 10;

	/** Days a form token stays valid after the day it was issued. */
	static final int TOKEN_DAYS = 2;

	private final Rounds rounds;

	private final FrameworkCatalog frameworks;

	private final AccessCodeService codes;

	private final FormTokenRows tokens;

	private final JsonMapper json;

	private final MessageSource messages;

	private final SubmitLookups lookups;

	private final ResponseWriter writer;

	private final SurveySettings settings;

	/**
	 * One generator per thread: the default {@code NativePRNG} serialises every call of
	 * every instance on one lock, a hotspot with a hundred request threads.
	 */
	private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(SurveyForms::newRandom);

	/** One SHA-256 per thread (looking one up per call costs a provider search). */
	private static final ThreadLocal<MessageDigest> SHA256 = ThreadLocal.withInitial(() -> {
		try {
			return MessageDigest.getInstance("SHA-256");
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	});

	private static final long QUESTIONNAIRE_TTL_NANOS = 60_000_000_000L;

	private final Map<FrameworkRef, FrameworkDefinition> definitions = new ConcurrentHashMap<>();

	private final Map<BuiltKey, Built> built = new ConcurrentHashMap<>();

	SurveyForms(SurveySettings settings, Rounds rounds, SubmitLookups lookups, FrameworkCatalog frameworks,
			AccessCodeService codes, ResponseWriter writer, FormTokenRows tokens, JsonMapper json,
			MessageSource messages) {
		this.settings = settings;
		this.rounds = rounds;
		this.lookups = lookups;
		this.frameworks = frameworks;
		this.codes = codes;
		this.writer = writer;
		this.tokens = tokens;
		this.json = json;
		this.messages = messages;
	}

	/**
	 * The questionnaire, checked like a submission (404 for an unknown round, agency or
	 * instrument or an agency not enrolled; 409 outside the collection window).
	 * @param withToken whether to issue a one-time form token
	 */
	public Questionnaire questionnaire(int fiscalYear, String instrumentName, String agencyCode, boolean withToken) {
		Scope scope = scope(fiscalYear, instrumentName, agencyCode);
		requireCollection(scope);
		Questionnaire questionnaire = questionnaire(scope);
		return withToken ? questionnaire.withFormToken(issueToken(scope)) : questionnaire;
	}

	/** A new one-time form token for the questionnaire of this survey. */
	public String issueToken(int fiscalYear, String instrumentName, String agencyCode) {
		return issueToken(scope(fiscalYear, instrumentName, agencyCode));
	}

	/**
	 * Validates and stores a response; returns a random receipt that is stored nowhere.
	 * @throws NotFoundException unknown round, agency, instrument; agency not enrolled
	 * @throws th.ita.assessment.WindowClosedException outside the collection window
	 * @throws SurveyValidationException unanswered, unknown or invalid items, or group
	 * @throws FieldException naming {@code accessCode} or {@code formToken} (422)
	 * @throws ConflictException naming {@code accessCode} or {@code formToken} (409)
	 */
	public String submit(int fiscalYear, String instrumentName, String agencyCode, Submission submission) {
		Scope scope = scope(fiscalYear, instrumentName, agencyCode);
		requireCollection(scope);
		Built built = built(scope);
		Questionnaire questionnaire = built.questionnaire();
		TreeMap<String, Integer> sorted = new TreeMap<>(submission.answers());
		String group = validate(built.index(), sorted, submission);
		String answers = answersJson(sorted);
		SurveyInstrument instrument = SurveyInstrument.valueOf(scope.instrument().name());
		AccessCodeService.CodeUse code = questionnaire.accessCodeRequired() ? new AccessCodeService.CodeUse(fiscalYear,
				agencyCode, instrument, this.codes.hashOf(submission.accessCode())) : null;
		byte[] token = (submission.formToken() != null) ? hash(submission.formToken()) : null;
		ResponseWriter.Outcome outcome = this.writer.write(new ResponseWriter.Write(
				new ResponseRows.Row(fiscalYear, agencyCode, scope.instrument(), group, answers, today()), token,
				code));
		switch (outcome) {
			case TOKEN_USED -> throw new ConflictException(FORM_TOKEN_FIELD, text("survey.formToken.used"));
			case TOKEN_UNKNOWN -> throw new FieldException(FORM_TOKEN_FIELD, text("survey.formToken.unknown"));
			case CODE_USED -> throw this.codes.rejection(AccessCodeService.CodeResult.ALREADY_USED);
			case CODE_UNKNOWN -> throw this.codes.rejection(AccessCodeService.CodeResult.UNKNOWN);
			case STORED -> {
			}
		}
		return receipt();
	}

	/**
	 * The checks of a submission that need no database: the group and every answer.
	 * @return the respondent group
	 */
	String validate(Questionnaire questionnaire, Submission submission) {
		return validate(new QuestionIndex(questionnaire), new TreeMap<>(submission.answers()), submission);
	}

	private String validate(QuestionIndex index, TreeMap<String, Integer> sorted, Submission submission) {
		Questionnaire questionnaire = index.questionnaire();
		List<SurveyValidationException.FieldError> errors = new ArrayList<>();
		String group = submission.respondentGroup();
		if (group == null && questionnaire.onlyGroup() != null) {
			group = questionnaire.onlyGroup();
		}
		Set<String> groups = index.groups();
		if (group == null || !groups.contains(group)) {
			errors.add(new SurveyValidationException.FieldError(GROUP_FIELD,
					text("survey.error.group", String.join(", ", groups.stream().sorted().toList()))));
			throw new SurveyValidationException(errors);
		}
		Map<String, Questionnaire.Question> all = index.all();
		for (Map.Entry<String, Integer> answer : sorted.entrySet()) {
			Questionnaire.Question question = all.get(answer.getKey());
			if (question == null) {
				errors.add(error(safe(answer.getKey()), "survey.error.unknownItem", safe(answer.getKey())));
			}
			else if (!question.askedOf(group)) {
				errors.add(error(question.code(), "survey.error.notForGroup", question.code()));
			}
		}
		for (Questionnaire.Question question : index.questions(group)) {
			Integer value = submission.answers().get(question.code());
			if (value == null) {
				errors.add(error(question.code(), "survey.error.required", question.code()));
			}
			else if (!allowed(question, value)) {
				errors.add(error(question.code(), "survey.error.invalidValue", question.code(),
						question.options()
							.stream()
							.map(o -> String.valueOf(o.value()))
							.collect(Collectors.joining(", "))));
			}
		}
		if (!errors.isEmpty()) {
			throw new SurveyValidationException(errors);
		}
		return group;
	}

	private static boolean allowed(Questionnaire.Question question, int value) {
		for (Questionnaire.Option option : question.options()) {
			if (option.value() == value) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The stored answers, {@code {"code":value,...}} in code order: written directly when
	 * every code is plain (they are known item codes by now), else by Jackson.
	 */
	private String answersJson(TreeMap<String, Integer> sorted) {
		StringBuilder out = new StringBuilder(16 + sorted.size() * 12).append('{');
		for (Map.Entry<String, Integer> answer : sorted.entrySet()) {
			if (!plain(answer.getKey())) {
				return this.json.writeValueAsString(sorted);
			}
			out.append((out.length() > 1) ? ",\"" : "\"")
				.append(answer.getKey())
				.append("\":")
				.append(answer.getValue());
		}
		return out.append('}').toString();
	}

	private static boolean plain(String code) {
		for (int i = 0; i < code.length(); i++) {
			char c = code.charAt(i);
			if (!((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_'
					|| c == '-')) {
				return false;
			}
		}
		return true;
	}

	private String issueToken(Scope scope) {
		byte[] bytes = new byte[24];
		RANDOM.get().nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		LocalDate today = today();
		if (RANDOM.get().nextInt(1000) == 0) {
			// Now and then, instead of a scheduler: tokens expired for more than a day
			// go.
			removeExpiredTokens();
		}
		this.tokens.insert(hash(token), scope.fiscalYear(), scope.agency().code(), scope.instrument(),
				today.plusDays(TOKEN_DAYS));
		return token;
	}

	/** Removes expired form tokens (a day's grace); returns how many. */
	public int removeExpiredTokens() {
		return this.tokens.deleteExpired(today().minusDays(1));
	}

	private Scope scope(int fiscalYear, String instrumentName, String agencyCode) {
		Instrument instrument = SurveyInstrument.parse(instrumentName)
			.map(i -> Instrument.valueOf(i.name()))
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.instrument")));
		RoundSummary round = this.lookups.round(fiscalYear)
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.round", String.valueOf(fiscalYear))));
		AgencySummary agency = this.lookups.agency(agencyCode)
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.agency")));
		this.lookups.enrolment(fiscalYear, agencyCode)
			.orElseThrow(() -> new NotFoundException(text("survey.notFound.enrolment")));
		// A round's framework is pinned and can never change, so it is parsed once.
		FrameworkDefinition framework = this.definitions.computeIfAbsent(round.framework(),
				ref -> this.frameworks.definition(ref)
					.orElseThrow(() -> new IllegalStateException("Framework " + ref + " is missing")));
		return new Scope(fiscalYear, agency, framework, instrument, round);
	}

	/**
	 * The collection window must be open today: decided from the cached round when it is
	 * open; otherwise the round service decides from the database and names the window
	 * (409).
	 */
	private void requireCollection(Scope scope) {
		boolean open = scope.round().window(Activity.COLLECTION).map(w -> w.contains(today())).orElse(false);
		if (!open) {
			this.rounds.requireOpen(scope.fiscalYear(), Activity.COLLECTION);
		}
	}

	/**
	 * The questionnaire of a scope, built once a minute at most: the framework of a round
	 * never changes (it is pinned), and the agency's name rarely does.
	 */
	private Questionnaire questionnaire(Scope scope) {
		return built(scope).questionnaire();
	}

	private Built built(Scope scope) {
		boolean required = accessCodeRequired(scope);
		BuiltKey key = new BuiltKey(scope.fiscalYear(), scope.instrument(), scope.agency().code(), required);
		long now = System.nanoTime();
		Built built = this.built.get(key);
		// The cached agency is usually the very same instance (the lookups cache it too).
		if (built == null || now - built.at() > QUESTIONNAIRE_TTL_NANOS
				|| (built.agency() != scope.agency() && !built.agency().equals(scope.agency()))) {
			if (this.built.size() > 10_000) {
				this.built.clear();
			}
			built = new Built(new QuestionIndex(Questionnaires.build(scope.fiscalYear(), scope.agency(),
					scope.framework(), scope.instrument(), required)), scope.agency(), now);
			this.built.put(key, built);
		}
		return built;
	}

	private record BuiltKey(int fiscalYear, Instrument instrument, String agencyCode, boolean codeRequired) {
	}

	private record Built(QuestionIndex index, AgencySummary agency, long at) {

		Questionnaire questionnaire() {
			return this.index.questionnaire();
		}

	}

	/** IIT always needs a code; EIT when the round's survey settings say so. */
	private boolean accessCodeRequired(Scope scope) {
		return scope.instrument() == Instrument.IIT || this.settings.eitAccessCodesCached(scope.fiscalYear());
	}

	/**
	 * {@value #RECEIPT_LENGTH} characters of the code alphabet, uniformly random (5
	 * random bits per character, values past the alphabet drawn again), as
	 * {@code XXXXX-XXXXX}.
	 */
	static String receipt() {
		SecureRandom random = RANDOM.get();
		String alphabet = AccessCodeFormat.ALPHABET;
		char[] receipt = new char[RECEIPT_LENGTH + 1];
		byte[] bytes = new byte[16];
		int used = bytes.length;
		int n = 0;
		while (n < receipt.length) {
			if (n == 5) {
				receipt[n++] = '-';
				continue;
			}
			if (used == bytes.length) {
				random.nextBytes(bytes);
				used = 0;
			}
			int value = bytes[used++] & 0x1F;
			if (value < alphabet.length()) {
				receipt[n++] = alphabet.charAt(value);
			}
		}
		return new String(receipt);
	}

	private static SecureRandom newRandom() {
		try {
			return SecureRandom.getInstance("DRBG");
		}
		catch (NoSuchAlgorithmException ex) {
			return new SecureRandom();
		}
	}

	static byte[] hash(String token) {
		return SHA256.get().digest(token.getBytes(StandardCharsets.UTF_8));
	}

	static LocalDate today() {
		return LocalDate.now(ThaiDates.BANGKOK);
	}

	/** An unknown item code as it may appear in a message: short and plain. */
	private static String safe(String code) {
		String plain = code.replaceAll("[^A-Za-z0-9._-]", "?");
		return (plain.length() > 40) ? plain.substring(0, 40) : plain;
	}

	private SurveyValidationException.FieldError error(String field, String code, Object... args) {
		return new SurveyValidationException.FieldError(field, text(code, args));
	}

	private String text(String code, Object... args) {
		return this.messages.getMessage(code, args, code, LocaleContextHolder.getLocale());
	}

	record Scope(int fiscalYear, AgencySummary agency, FrameworkDefinition framework, Instrument instrument,
			RoundSummary round) {
	}

}

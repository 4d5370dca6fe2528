package org.implantdhr.certificate.control;

import java.math.BigInteger;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Date;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequestGenerator;
import org.bouncycastle.tsp.TimeStampToken;
import org.bouncycastle.tsp.TimeStampTokenGenerator;

/**
 * The installation's own timestamp unit: RFC 3161 tokens signed with a timestamping key certified
 * by the installation's CA (extended key usage timeStamping, the CA's CRL as distribution point).
 * It gives a signature its B-T signature timestamp — and with the embedded validation data B-LT —
 * when no external timestamp authority is configured; its time is this server's clock, so it proves
 * no more than the installation's word. Thread-safe.
 */
public final class LocalTimestampUnit implements TimestampSource {

    /**
     * A UUID-derived OID (X.667, arc 2.25): the policy of this unit, unique without registration.
     */
    private static final ASN1ObjectIdentifier POLICY =
            new ASN1ObjectIdentifier("2.25.262386115062183716312366302417186596661");

    private final SigningKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public LocalTimestampUnit(SigningKeys keys, Clock clock) {
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public TimeStampToken timestamp(byte[] data) {
        try {
            TimeStampTokenGenerator generator =
                    new TimeStampTokenGenerator(
                            new JcaSimpleSignerInfoGeneratorBuilder()
                                    .build(
                                            keys.signatureAlgorithm(),
                                            keys.privateKey(),
                                            keys.signerCertificate()),
                            new JcaDigestCalculatorProviderBuilder()
                                    .build()
                                    .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                            POLICY);
            generator.addCertificates(new JcaCertStore(keys.chain()));
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(data);
            TimeStampRequestGenerator request = new TimeStampRequestGenerator();
            // the generator includes its certificates only when the request asks for them
            request.setCertReq(true);
            return generator.generate(
                    request.generate(TSPAlgorithms.SHA256, digest, new BigInteger(63, random)),
                    new BigInteger(127, random),
                    Date.from(clock.instant()));
        } catch (GeneralSecurityException
                | org.bouncycastle.operator.OperatorCreationException
                | org.bouncycastle.tsp.TSPException e) {
            throw new TimestampException("The local timestamp unit cannot sign: " + e, e);
        }
    }
}

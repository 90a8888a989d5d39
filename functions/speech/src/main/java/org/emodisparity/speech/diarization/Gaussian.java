package org.emodisparity.speech.diarization;

import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.CholeskyDecomposition;
import org.apache.commons.math3.linear.NonPositiveDefiniteMatrixException;
import org.apache.commons.math3.linear.RealMatrix;

/**
 * A full-covariance Gaussian kept as sufficient statistics (count, sum, sum of outer products), so that two
 * clusters merge by adding their statistics. A small ridge keeps covariances of short segments invertible.
 */
final class Gaussian {
    static final double RIDGE = 1e-3;

    final int dim;
    long n;
    final double[] sum;
    final double[][] outer;
    private Fitted fitted;

    Gaussian(int dim) {
        this.dim = dim;
        this.sum = new double[dim];
        this.outer = new double[dim][dim];
    }

    static Gaussian of(double[][] x, int from, int to) {
        Gaussian g = new Gaussian(x[0].length);
        for (int i = from; i < to; i++) {
            g.add(x[i]);
        }
        return g;
    }

    void add(double[] v) {
        n++;
        for (int a = 0; a < dim; a++) {
            sum[a] += v[a];
            for (int b = a; b < dim; b++) {
                outer[a][b] += v[a] * v[b];
            }
        }
        fitted = null;
    }

    Gaussian plus(Gaussian o) {
        Gaussian g = new Gaussian(dim);
        g.n = n + o.n;
        for (int a = 0; a < dim; a++) {
            g.sum[a] = sum[a] + o.sum[a];
            for (int b = a; b < dim; b++) {
                g.outer[a][b] = outer[a][b] + o.outer[a][b];
            }
        }
        return g;
    }

    /** Mean, covariance's inverse and log-determinant, computed once. */
    record Fitted(double[] mean, RealMatrix inverse, double logDet, RealMatrix covariance) {
    }

    Fitted fit() {
        if (fitted == null) {
            double[] mean = mean();
            RealMatrix m = new Array2DRowRealMatrix(covariance(mean), false);
            CholeskyDecomposition chol = cholesky(m);
            fitted = new Fitted(mean, chol.getSolver().getInverse(), logDet(chol), m);
        }
        return fitted;
    }

    /** The covariance's log-determinant alone (what ΔBIC needs; no inverse), the same number {@link #fit()} gives. */
    double logDet() {
        if (fitted != null) {
            return fitted.logDet();
        }
        return logDet(cholesky(new Array2DRowRealMatrix(covariance(mean()), false)));
    }

    private double[] mean() {
        double[] mean = new double[dim];
        for (int a = 0; a < dim; a++) {
            mean[a] = sum[a] / n;
        }
        return mean;
    }

    private double[][] covariance(double[] mean) {
        double[][] cov = new double[dim][dim];
        for (int a = 0; a < dim; a++) {
            for (int b = a; b < dim; b++) {
                double c = outer[a][b] / n - mean[a] * mean[b];
                cov[a][b] = c;
                cov[b][a] = c;
            }
            cov[a][a] += RIDGE;
        }
        return cov;
    }

    /** Cholesky of {@code m}; a covariance that is not positive definite gets 0.1 more on its diagonal (in place). */
    private CholeskyDecomposition cholesky(RealMatrix m) {
        try {
            return new CholeskyDecomposition(m, 1e-12, 1e-14);
        } catch (NonPositiveDefiniteMatrixException e) {
            for (int a = 0; a < dim; a++) {
                m.addToEntry(a, a, 0.1);
            }
            return new CholeskyDecomposition(m, 1e-12, 1e-14);
        }
    }

    private double logDet(CholeskyDecomposition chol) {
        double logDet = 0;
        RealMatrix l = chol.getL();
        for (int a = 0; a < dim; a++) {
            logDet += 2 * Math.log(l.getEntry(a, a));
        }
        return logDet;
    }

    /** Log-likelihood of one vector (without the constant term shared by all Gaussians of the same dimension). */
    double logLikelihood(double[] v) {
        Fitted f = fit();
        double[] d = new double[dim];
        for (int a = 0; a < dim; a++) {
            d[a] = v[a] - f.mean()[a];
        }
        double q = 0;
        for (int a = 0; a < dim; a++) {
            double row = 0;
            for (int b = 0; b < dim; b++) {
                row += f.inverse().getEntry(a, b) * d[b];
            }
            q += d[a] * row;
        }
        return -0.5 * (q + f.logDet());
    }

    /**
     * ΔBIC of modelling two clusters by one Gaussian rather than two (Chen &amp; Gopalakrishnan 1998): negative
     * when one Gaussian is the better account, i.e. the two are probably the same speaker.
     */
    static double deltaBic(Gaussian a, Gaussian b, double lambda) {
        Gaussian ab = a.plus(b);
        int d = a.dim;
        double penalty = 0.5 * (d + d * (d + 1) / 2.0) * Math.log(ab.n);
        return 0.5 * (ab.n * ab.logDet() - a.n * a.fit().logDet() - b.n * b.fit().logDet()) - lambda * penalty;
    }

    /**
     * Symmetric Kullback–Leibler divergence between the two Gaussians, per dimension (0 for identical ones): a
     * distance between voices that does not grow with the amount of speech.
     */
    static double divergence(Gaussian a, Gaussian b) {
        Fitted p = a.fit();
        Fitted q = b.fit();
        int d = a.dim;
        double trace = q.inverse().multiply(p.covariance()).getTrace() + p.inverse().multiply(q.covariance()).getTrace();
        double[] diff = new double[d];
        for (int i = 0; i < d; i++) {
            diff[i] = p.mean()[i] - q.mean()[i];
        }
        RealMatrix sumInv = p.inverse().add(q.inverse());
        double quad = 0;
        for (int i = 0; i < d; i++) {
            double row = 0;
            for (int j = 0; j < d; j++) {
                row += sumInv.getEntry(i, j) * diff[j];
            }
            quad += diff[i] * row;
        }
        return (0.5 * (trace + quad) - d) / d;
    }
}
